package org.springframework.jdbc.core.support;

/** Test stand-in for the Spring class of the same name. */
public abstract class JdbcDaoSupport {
}
