package com.acme.shop;

import dev.dbmirror.annotations.MirroredTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A row of table public.generic_types.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredTable("public.generic_types")
@NullMarked
public record GenericType(long id, @Nullable UUID gUuid, @Nullable String gString,
        @Nullable String gText, @Nullable Boolean gBoolean, @Nullable Short gSmallint,
        @Nullable Integer gInt, @Nullable Long gBigint, @Nullable BigDecimal gDecimal,
        @Nullable Float gFloat, @Nullable Double gDouble, @Nullable LocalDate gDate,
        @Nullable LocalTime gTime, @Nullable LocalDateTime gTimestamp,
        @Nullable OffsetDateTime gTimestamptz, byte @Nullable [] gBytes, @Nullable String gJson) {
    /**
     * A copy of this record with {@code id} (column public.generic_types.id) replaced by the given value.
     */
    public GenericType withId(long id) {
        return new GenericType(id, this.gUuid, this.gString, this.gText, this.gBoolean,
                this.gSmallint, this.gInt, this.gBigint, this.gDecimal, this.gFloat, this.gDouble,
                this.gDate, this.gTime, this.gTimestamp, this.gTimestamptz, this.gBytes,
                this.gJson);
    }

    /**
     * A copy of this record with {@code gUuid} (column public.generic_types.g_uuid) replaced by the given value.
     */
    public GenericType withGUuid(@Nullable UUID gUuid) {
        return new GenericType(this.id, gUuid, this.gString, this.gText, this.gBoolean,
                this.gSmallint, this.gInt, this.gBigint, this.gDecimal, this.gFloat, this.gDouble,
                this.gDate, this.gTime, this.gTimestamp, this.gTimestamptz, this.gBytes,
                this.gJson);
    }

    /**
     * A copy of this record with {@code gString} (column public.generic_types.g_string) replaced by the given value.
     */
    public GenericType withGString(@Nullable String gString) {
        return new GenericType(this.id, this.gUuid, gString, this.gText, this.gBoolean,
                this.gSmallint, this.gInt, this.gBigint, this.gDecimal, this.gFloat, this.gDouble,
                this.gDate, this.gTime, this.gTimestamp, this.gTimestamptz, this.gBytes,
                this.gJson);
    }

    /**
     * A copy of this record with {@code gText} (column public.generic_types.g_text) replaced by the given value.
     */
    public GenericType withGText(@Nullable String gText) {
        return new GenericType(this.id, this.gUuid, this.gString, gText, this.gBoolean,
                this.gSmallint, this.gInt, this.gBigint, this.gDecimal, this.gFloat, this.gDouble,
                this.gDate, this.gTime, this.gTimestamp, this.gTimestamptz, this.gBytes,
                this.gJson);
    }

    /**
     * A copy of this record with {@code gBoolean} (column public.generic_types.g_boolean) replaced by the given value.
     */
    public GenericType withGBoolean(@Nullable Boolean gBoolean) {
        return new GenericType(this.id, this.gUuid, this.gString, this.gText, gBoolean,
                this.gSmallint, this.gInt, this.gBigint, this.gDecimal, this.gFloat, this.gDouble,
                this.gDate, this.gTime, this.gTimestamp, this.gTimestamptz, this.gBytes,
                this.gJson);
    }

    /**
     * A copy of this record with {@code gSmallint} (column public.generic_types.g_smallint) replaced by the given value.
     */
    public GenericType withGSmallint(@Nullable Short gSmallint) {
        return new GenericType(this.id, this.gUuid, this.gString, this.gText, this.gBoolean,
                gSmallint, this.gInt, this.gBigint, this.gDecimal, this.gFloat, this.gDouble,
                this.gDate, this.gTime, this.gTimestamp, this.gTimestamptz, this.gBytes,
                this.gJson);
    }

    /**
     * A copy of this record with {@code gInt} (column public.generic_types.g_int) replaced by the given value.
     */
    public GenericType withGInt(@Nullable Integer gInt) {
        return new GenericType(this.id, this.gUuid, this.gString, this.gText, this.gBoolean,
                this.gSmallint, gInt, this.gBigint, this.gDecimal, this.gFloat, this.gDouble,
                this.gDate, this.gTime, this.gTimestamp, this.gTimestamptz, this.gBytes,
                this.gJson);
    }

    /**
     * A copy of this record with {@code gBigint} (column public.generic_types.g_bigint) replaced by the given value.
     */
    public GenericType withGBigint(@Nullable Long gBigint) {
        return new GenericType(this.id, this.gUuid, this.gString, this.gText, this.gBoolean,
                this.gSmallint, this.gInt, gBigint, this.gDecimal, this.gFloat, this.gDouble,
                this.gDate, this.gTime, this.gTimestamp, this.gTimestamptz, this.gBytes,
                this.gJson);
    }

    /**
     * A copy of this record with {@code gDecimal} (column public.generic_types.g_decimal) replaced by the given value.
     */
    public GenericType withGDecimal(@Nullable BigDecimal gDecimal) {
        return new GenericType(this.id, this.gUuid, this.gString, this.gText, this.gBoolean,
                this.gSmallint, this.gInt, this.gBigint, gDecimal, this.gFloat, this.gDouble,
                this.gDate, this.gTime, this.gTimestamp, this.gTimestamptz, this.gBytes,
                this.gJson);
    }

    /**
     * A copy of this record with {@code gFloat} (column public.generic_types.g_float) replaced by the given value.
     */
    public GenericType withGFloat(@Nullable Float gFloat) {
        return new GenericType(this.id, this.gUuid, this.gString, this.gText, this.gBoolean,
                this.gSmallint, this.gInt, this.gBigint, this.gDecimal, gFloat, this.gDouble,
                this.gDate, this.gTime, this.gTimestamp, this.gTimestamptz, this.gBytes,
                this.gJson);
    }

    /**
     * A copy of this record with {@code gDouble} (column public.generic_types.g_double) replaced by the given value.
     */
    public GenericType withGDouble(@Nullable Double gDouble) {
        return new GenericType(this.id, this.gUuid, this.gString, this.gText, this.gBoolean,
                this.gSmallint, this.gInt, this.gBigint, this.gDecimal, this.gFloat, gDouble,
                this.gDate, this.gTime, this.gTimestamp, this.gTimestamptz, this.gBytes,
                this.gJson);
    }

    /**
     * A copy of this record with {@code gDate} (column public.generic_types.g_date) replaced by the given value.
     */
    public GenericType withGDate(@Nullable LocalDate gDate) {
        return new GenericType(this.id, this.gUuid, this.gString, this.gText, this.gBoolean,
                this.gSmallint, this.gInt, this.gBigint, this.gDecimal, this.gFloat, this.gDouble,
                gDate, this.gTime, this.gTimestamp, this.gTimestamptz, this.gBytes, this.gJson);
    }

    /**
     * A copy of this record with {@code gTime} (column public.generic_types.g_time) replaced by the given value.
     */
    public GenericType withGTime(@Nullable LocalTime gTime) {
        return new GenericType(this.id, this.gUuid, this.gString, this.gText, this.gBoolean,
                this.gSmallint, this.gInt, this.gBigint, this.gDecimal, this.gFloat, this.gDouble,
                this.gDate, gTime, this.gTimestamp, this.gTimestamptz, this.gBytes, this.gJson);
    }

    /**
     * A copy of this record with {@code gTimestamp} (column public.generic_types.g_timestamp) replaced by the given value.
     */
    public GenericType withGTimestamp(@Nullable LocalDateTime gTimestamp) {
        return new GenericType(this.id, this.gUuid, this.gString, this.gText, this.gBoolean,
                this.gSmallint, this.gInt, this.gBigint, this.gDecimal, this.gFloat, this.gDouble,
                this.gDate, this.gTime, gTimestamp, this.gTimestamptz, this.gBytes, this.gJson);
    }

    /**
     * A copy of this record with {@code gTimestamptz} (column public.generic_types.g_timestamptz) replaced by the given value.
     */
    public GenericType withGTimestamptz(@Nullable OffsetDateTime gTimestamptz) {
        return new GenericType(this.id, this.gUuid, this.gString, this.gText, this.gBoolean,
                this.gSmallint, this.gInt, this.gBigint, this.gDecimal, this.gFloat, this.gDouble,
                this.gDate, this.gTime, this.gTimestamp, gTimestamptz, this.gBytes, this.gJson);
    }

    /**
     * A copy of this record with {@code gBytes} (column public.generic_types.g_bytes) replaced by the given value.
     */
    public GenericType withGBytes(byte @Nullable [] gBytes) {
        return new GenericType(this.id, this.gUuid, this.gString, this.gText, this.gBoolean,
                this.gSmallint, this.gInt, this.gBigint, this.gDecimal, this.gFloat, this.gDouble,
                this.gDate, this.gTime, this.gTimestamp, this.gTimestamptz, gBytes, this.gJson);
    }

    /**
     * A copy of this record with {@code gJson} (column public.generic_types.g_json) replaced by the given value.
     */
    public GenericType withGJson(@Nullable String gJson) {
        return new GenericType(this.id, this.gUuid, this.gString, this.gText, this.gBoolean,
                this.gSmallint, this.gInt, this.gBigint, this.gDecimal, this.gFloat, this.gDouble,
                this.gDate, this.gTime, this.gTimestamp, this.gTimestamptz, this.gBytes, gJson);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || other instanceof GenericType that
                && Arrays.deepEquals(new Object[] {this.id, this.gUuid, this.gString, this.gText,
                        this.gBoolean, this.gSmallint, this.gInt, this.gBigint, this.gDecimal,
                        this.gFloat, this.gDouble, this.gDate, this.gTime, this.gTimestamp,
                        this.gTimestamptz, this.gBytes, this.gJson}, new Object[] {that.id,
                        that.gUuid, that.gString, that.gText, that.gBoolean, that.gSmallint,
                        that.gInt, that.gBigint, that.gDecimal, that.gFloat, that.gDouble,
                        that.gDate, that.gTime, that.gTimestamp, that.gTimestamptz, that.gBytes,
                        that.gJson});
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {this.id, this.gUuid, this.gString, this.gText,
                this.gBoolean, this.gSmallint, this.gInt, this.gBigint, this.gDecimal, this.gFloat,
                this.gDouble, this.gDate, this.gTime, this.gTimestamp, this.gTimestamptz,
                this.gBytes, this.gJson});
    }

    @Override
    public String toString() {
        return "GenericType["
                + "id=" + this.id
                + ", gUuid=" + this.gUuid
                + ", gString=" + this.gString
                + ", gText=" + this.gText
                + ", gBoolean=" + this.gBoolean
                + ", gSmallint=" + this.gSmallint
                + ", gInt=" + this.gInt
                + ", gBigint=" + this.gBigint
                + ", gDecimal=" + this.gDecimal
                + ", gFloat=" + this.gFloat
                + ", gDouble=" + this.gDouble
                + ", gDate=" + this.gDate
                + ", gTime=" + this.gTime
                + ", gTimestamp=" + this.gTimestamp
                + ", gTimestamptz=" + this.gTimestamptz
                + ", gBytes=" + Arrays.toString(this.gBytes)
                + ", gJson=" + this.gJson + "]";
    }
}
