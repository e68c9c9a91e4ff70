package com.acme.shop;

import dev.dbmirror.annotations.MirroredTable;
import java.util.Arrays;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A new row for table public.objects, to insert. A null value for a column the database supplies (default, identity) means: let the database supply it. Generated and identity-always columns are left out.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredTable("public.objects")
@NullMarked
public record NewObject(int id, byte @Nullable [] blob) {
    /**
     * A new row with the values an insert must give: the NOT NULL columns that have no default and
     * are neither identity nor generated, in table order. Every other component is null (the database
     * supplies its default or identity value, a nullable column stays NULL); set them with the
     * {@code with} methods. Unlike the constructor, a call of this method keeps compiling when a
     * nullable column or a column with a default is added to the table.
     */
    public static NewObject of(int id) {
        return new NewObject(id, null);
    }

    /**
     * A copy of this record with {@code id} (column public.objects.id) replaced by the given value.
     */
    public NewObject withId(int id) {
        return new NewObject(id, this.blob);
    }

    /**
     * A copy of this record with {@code blob} (column public.objects.blob) replaced by the given value.
     */
    public NewObject withBlob(byte @Nullable [] blob) {
        return new NewObject(this.id, blob);
    }

    @Override
    public boolean equals(java.lang. @Nullable Object other) {
        return this == other || other instanceof NewObject that
                && Arrays.deepEquals(new java.lang.Object[] {this.id,
                        this.blob}, new java.lang.Object[] {that.id, that.blob});
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new java.lang.Object[] {this.id, this.blob});
    }

    @Override
    public java.lang.String toString() {
        return "NewObject["
                + "id=" + this.id
                + ", blob=" + Arrays.toString(this.blob) + "]";
    }
}
