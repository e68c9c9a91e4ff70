package com.acme.shop;

import com.acme.types.Json;
import dev.dbmirror.annotations.MirroredTable;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A new row for table public.data, to insert. A null value for a column the database supplies (default, identity) means: let the database supply it. Generated and identity-always columns are left out.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredTable("public.data")
@NullMarked
public record NewDataEntry(String key, @Nullable Json value) {
    public NewDataEntry {
        Objects.requireNonNull(key, "public.data.key must not be null");
    }

    /**
     * A new row with the values an insert must give: the NOT NULL columns that have no default and
     * are neither identity nor generated, in table order. Every other component is null (the database
     * supplies its default or identity value, a nullable column stays NULL); set them with the
     * {@code with} methods. Unlike the constructor, a call of this method keeps compiling when a
     * nullable column or a column with a default is added to the table.
     */
    public static NewDataEntry of(String key) {
        return new NewDataEntry(key, null);
    }

    /**
     * A copy of this record with {@code key} (column public.data.key) replaced by the given value.
     */
    public NewDataEntry withKey(String key) {
        return new NewDataEntry(key, this.value);
    }

    /**
     * A copy of this record with {@code value} (column public.data.value) replaced by the given value.
     */
    public NewDataEntry withValue(@Nullable Json value) {
        return new NewDataEntry(this.key, value);
    }
}
