package dev.dbmirror.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type generated from a table or view: the row record, its insert shape and its key record.
 * Bytecode tools (the dbmirror ArchUnit rules among them) recognise generated types by it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface MirroredTable {

    /** The qualified table name, {@code schema.table}. */
    String value();
}
