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

    /**
     * A copy of this record with {@code id} (column public.2fa_codes.id) replaced by the given value.
     */
    public _2faCode withId(int id) {
        return new _2faCode(id, this._5F, this.yield_, this.toString_, this.getClass_, this._401k,
                this.class_);
    }

    /**
     * A copy of this record with {@code _5F} (column public.2fa_codes._) replaced by the given value.
     */
    public _2faCode with_5F(String _5F) {
        return new _2faCode(this.id, _5F, this.yield_, this.toString_, this.getClass_, this._401k,
                this.class_);
    }

    /**
     * A copy of this record with {@code yield_} (column public.2fa_codes.yield) replaced by the given value.
     */
    public _2faCode withYield_(@Nullable Integer yield_) {
        return new _2faCode(this.id, this._5F, yield_, this.toString_, this.getClass_, this._401k,
                this.class_);
    }

    /**
     * A copy of this record with {@code toString_} (column public.2fa_codes.to_string) replaced by the given value.
     */
    public _2faCode withToString_(@Nullable String toString_) {
        return new _2faCode(this.id, this._5F, this.yield_, toString_, this.getClass_, this._401k,
                this.class_);
    }

    /**
     * A copy of this record with {@code getClass_} (column public.2fa_codes.get_class) replaced by the given value.
     */
    public _2faCode withGetClass_(@Nullable String getClass_) {
        return new _2faCode(this.id, this._5F, this.yield_, this.toString_, getClass_, this._401k,
                this.class_);
    }

    /**
     * A copy of this record with {@code _401k} (column public.2fa_codes.401k) replaced by the given value.
     */
    public _2faCode with_401k(@Nullable Long _401k) {
        return new _2faCode(this.id, this._5F, this.yield_, this.toString_, this.getClass_, _401k,
                this.class_);
    }

    /**
     * A copy of this record with {@code class_} (column public.2fa_codes.class) replaced by the given value.
     */
    public _2faCode withClass_(String class_) {
        return new _2faCode(this.id, this._5F, this.yield_, this.toString_, this.getClass_,
                this._401k, class_);
    }
}
