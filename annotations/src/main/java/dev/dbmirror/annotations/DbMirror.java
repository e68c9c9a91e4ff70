package dev.dbmirror.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates the domain layer of a mirrored schema into the annotated package.
 *
 * <p>Put it on a {@code package-info.java}:
 *
 * <pre>{@code
 * @DbMirror
 * package com.acme.shop.domain;
 * }</pre>
 *
 * <p>The processor in {@code dbmirror-processor} reads the mirror and writes one record per
 * table, the enums, the key records and the repository interfaces into this package.
 *
 * <p>CLASS retention on purpose: javac then writes a {@code package-info.class}, which is what
 * incremental builds use to decide whether the package must be compiled (and the domain layer
 * regenerated) again.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface DbMirror {

    /** The mirror's path, relative to the module's base directory. */
    String value() default "db/schema/tables.json";

    /** Whether table names are singularised for type names ({@code order_items} → {@code OrderItem}). */
    boolean singularize() default true;
}
