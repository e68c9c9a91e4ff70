package dev.dbmirror.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a persistence adapter that dbmirror generated: a class that implements a generated repository
 * with plain JDBC. Bytecode tools (the dbmirror ArchUnit rules among them) count a class with this marker as
 * persistence code, whatever its package is called.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface MirroredAdapter {

    /**
     * The qualified name of the table or view the adapter reads and writes, {@code schema.table}; empty for
     * the JDBC support classes that the adapters of a package share ({@code JdbcTransactions}).
     */
    String value() default "";
}
