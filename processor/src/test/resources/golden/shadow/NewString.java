package com.acme.shop;

import dev.dbmirror.annotations.MirroredTable;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A new row for table public.strings, to insert. A null value for a column the database supplies (default, identity) means: let the database supply it. Generated and identity-always columns are left out.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredTable("public.strings")
@NullMarked
public record NewString(int id, java.lang.String value, @Nullable Integer listId) {
    public NewString {
        Objects.requireNonNull(value, "public.strings.value must not be null");
    }

    /**
     * A new row with the values an insert must give: the NOT NULL columns that have no default and
     * are neither identity nor generated, in table order. Every other component is null (the database
     * supplies its default or identity value, a nullable column stays NULL); set them with the
     * {@code with} methods. Unlike the constructor, a call of this method keeps compiling when a
     * nullable column or a column with a default is added to the table.
     */
    public static NewString of(int id, java.lang.String value) {
        return new NewString(id, value, null);
    }

    /**
     * A copy of this record with {@code id} (column public.strings.id) replaced by the given value.
     */
    public NewString withId(int id) {
        return new NewString(id, this.value, this.listId);
    }

    /**
     * A copy of this record with {@code value} (column public.strings.value) replaced by the given value.
     */
    public NewString withValue(java.lang.String value) {
        return new NewString(this.id, value, this.listId);
    }

    /**
     * A copy of this record with {@code listId} (column public.strings.list_id) replaced by the given value.
     */
    public NewString withListId(@Nullable Integer listId) {
        return new NewString(this.id, this.value, listId);
    }
}
