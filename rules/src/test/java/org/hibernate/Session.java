package org.hibernate;

/** Test stand-in for the Hibernate interface of the same name. */
public interface Session {
    void flush();
}
