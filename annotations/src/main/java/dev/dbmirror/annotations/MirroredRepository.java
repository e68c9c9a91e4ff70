package dev.dbmirror.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a generated repository interface (a port). Only the persistence layer may implement it;
 * its signatures speak only domain types.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface MirroredRepository {

    /** The qualified name of the table or view the repository reads and writes, {@code schema.table}. */
    String value();

    /** {@code true} for views and tables without a primary key: the repository only reads. */
    boolean readOnly() default false;
}
