package com.acme.shop;

import dev.dbmirror.annotations.MirroredTable;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A row of table public.strings.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredTable("public.strings")
@NullMarked
public record String(int id, java.lang.String value, @Nullable Integer listId) {
    public String {
        Objects.requireNonNull(value, "public.strings.value must not be null");
    }

    /**
     * A copy of this record with {@code id} (column public.strings.id) replaced by the given value.
     */
    public String withId(int id) {
        return new String(id, this.value, this.listId);
    }

    /**
     * A copy of this record with {@code value} (column public.strings.value) replaced by the given value.
     */
    public String withValue(java.lang.String value) {
        return new String(this.id, value, this.listId);
    }

    /**
     * A copy of this record with {@code listId} (column public.strings.list_id) replaced by the given value.
     */
    public String withListId(@Nullable Integer listId) {
        return new String(this.id, this.value, listId);
    }
}
