package com.acme.shop;

import dev.dbmirror.annotations.MirroredTable;
import java.util.Arrays;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A row of table public.objects.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredTable("public.objects")
@NullMarked
public record Object(int id, byte @Nullable [] blob) {
    /**
     * A copy of this record with {@code id} (column public.objects.id) replaced by the given value.
     */
    public Object withId(int id) {
        return new Object(id, this.blob);
    }

    /**
     * A copy of this record with {@code blob} (column public.objects.blob) replaced by the given value.
     */
    public Object withBlob(byte @Nullable [] blob) {
        return new Object(this.id, blob);
    }

    @Override
    public boolean equals(java.lang. @Nullable Object other) {
        return this == other || other instanceof Object that
                && Arrays.deepEquals(new java.lang.Object[] {this.id,
                        this.blob}, new java.lang.Object[] {that.id, that.blob});
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new java.lang.Object[] {this.id, this.blob});
    }

    @Override
    public java.lang.String toString() {
        return "Object["
                + "id=" + this.id
                + ", blob=" + Arrays.toString(this.blob) + "]";
    }
}
