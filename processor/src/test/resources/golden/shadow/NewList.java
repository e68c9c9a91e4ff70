package com.acme.shop;

import dev.dbmirror.annotations.MirroredTable;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * A new row for table public.lists, to insert. A null value for a column the database supplies (default, identity) means: let the database supply it. Generated and identity-always columns are left out.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredTable("public.lists")
@NullMarked
public record NewList(int id) {
    /**
     * A new row with the values an insert must give: the NOT NULL columns that have no default and
     * are neither identity nor generated, in table order. Every other component is null (the database
     * supplies its default or identity value, a nullable column stays NULL); set them with the
     * {@code with} methods. Unlike the constructor, a call of this method keeps compiling when a
     * nullable column or a column with a default is added to the table.
     */
    public static NewList of(int id) {
        return new NewList(id);
    }

    /**
     * A copy of this record with {@code id} (column public.lists.id) replaced by the given value.
     */
    public NewList withId(int id) {
        return new NewList(id);
    }
}
