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
}
