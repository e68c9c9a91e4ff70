package org.jooq;

/** Test stand-in for the jOOQ interface of the same name. */
public interface Record {
}
