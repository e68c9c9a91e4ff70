package com.acme.shop;

import dev.dbmirror.annotations.MirroredTable;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * A row of table public.lists.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredTable("public.lists")
@NullMarked
public record List(int id) {
    /**
     * A copy of this record with {@code id} (column public.lists.id) replaced by the given value.
     */
    public List withId(int id) {
        return new List(id);
    }
}
