package com.acme.shop;

import dev.dbmirror.annotations.MirroredTable;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A row of table public.2fa_codes.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredTable("public.2fa_codes")
@NullMarked
public record _2faCode(int id, String _5F, @Nullable Integer yield_, @Nullable String toString_,
        @Nullable String getClass_, @Nullable Long _401k, String class_) {
    public _2faCode {
        Objects.requireNonNull(_5F, "public.2fa_codes._ must not be null");
        Objects.requireNonNull(class_, "public.2fa_codes.class must not be null");
    }
}
