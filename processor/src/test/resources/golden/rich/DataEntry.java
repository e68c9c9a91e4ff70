package com.acme.shop;

import com.acme.types.Json;
import dev.dbmirror.annotations.MirroredTable;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A row of table public.data.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredTable("public.data")
@NullMarked
public record DataEntry(String key, @Nullable Json value) {
    public DataEntry {
        Objects.requireNonNull(key, "public.data.key must not be null");
    }

    /**
     * A copy of this record with {@code key} (column public.data.key) replaced by the given value.
     */
    public DataEntry withKey(String key) {
        return new DataEntry(key, this.value);
    }

    /**
     * A copy of this record with {@code value} (column public.data.value) replaced by the given value.
     */
    public DataEntry withValue(@Nullable Json value) {
        return new DataEntry(this.key, value);
    }
}
