package dev.dbmirror.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates plain-JDBC adapters for the repositories of a {@link DbMirror} domain package into the annotated
 * package (the persistence layer).
 *
 * <p>Put it on the persistence package's {@code package-info.java}:
 *
 * <pre>{@code
 * @JdbcAdapters(domain = "com.acme.shop.domain")
 * package com.acme.shop.persistence;
 * }</pre>
 *
 * <p>For every repository of the domain the processor writes {@code Jdbc<Name>Repository implements
 * <Name>Repository} with a public constructor taking a {@code javax.sql.DataSource}, plus
 * {@code JdbcTransactions}, which runs work on several repositories in one transaction. The generated code
 * uses only {@code java.sql} and {@code javax.sql}. The domain may be compiled in the same module or come
 * from another one: its mirror travels in its class output.
 *
 * <p>CLASS retention, as {@link DbMirror}: the compiled {@code package-info.class} is what incremental builds
 * look at.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface JdbcAdapters {

    /** The qualified name of the {@code @DbMirror} package whose repositories are implemented. */
    String domain();
}
