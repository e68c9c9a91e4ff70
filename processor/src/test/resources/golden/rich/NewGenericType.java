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
 * A new row for table public.generic_types, to insert. A null value for a column the database supplies (default, identity) means: let the database supply it. Generated and identity-always columns are left out.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredTable("public.generic_types")
@NullMarked
public record NewGenericType(@Nullable UUID gUuid, @Nullable String gString, @Nullable String gText,
        @Nullable Boolean gBoolean, @Nullable Short gSmallint, @Nullable Integer gInt,
        @Nullable Long gBigint, @Nullable BigDecimal gDecimal, @Nullable Float gFloat,
        @Nullable Double gDouble, @Nullable LocalDate gDate, @Nullable LocalTime gTime,
        @Nullable LocalDateTime gTimestamp, @Nullable OffsetDateTime gTimestamptz,
        byte @Nullable [] gBytes, @Nullable String gJson) {
    /**
     * A new row with the values an insert must give: the NOT NULL columns that have no default and
     * are neither identity nor generated, in table order. Every other component is null (the database
     * supplies its default or identity value, a nullable column stays NULL); set them with the
     * {@code with} methods. Unlike the constructor, a call of this method keeps compiling when a
     * nullable column or a column with a default is added to the table.
     */
    public static NewGenericType of() {
        return new NewGenericType(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    /**
     * A copy of this record with {@code gUuid} (column public.generic_types.g_uuid) replaced by the given value.
     */
    public NewGenericType withGUuid(@Nullable UUID gUuid) {
        return new NewGenericType(gUuid, this.gString, this.gText, this.gBoolean, this.gSmallint,
                this.gInt, this.gBigint, this.gDecimal, this.gFloat, this.gDouble, this.gDate,
                this.gTime, this.gTimestamp, this.gTimestamptz, this.gBytes, this.gJson);
    }

    /**
     * A copy of this record with {@code gString} (column public.generic_types.g_string) replaced by the given value.
     */
    public NewGenericType withGString(@Nullable String gString) {
        return new NewGenericType(this.gUuid, gString, this.gText, this.gBoolean, this.gSmallint,
                this.gInt, this.gBigint, this.gDecimal, this.gFloat, this.gDouble, this.gDate,
                this.gTime, this.gTimestamp, this.gTimestamptz, this.gBytes, this.gJson);
    }

    /**
     * A copy of this record with {@code gText} (column public.generic_types.g_text) replaced by the given value.
     */
    public NewGenericType withGText(@Nullable String gText) {
        return new NewGenericType(this.gUuid, this.gString, gText, this.gBoolean, this.gSmallint,
                this.gInt, this.gBigint, this.gDecimal, this.gFloat, this.gDouble, this.gDate,
                this.gTime, this.gTimestamp, this.gTimestamptz, this.gBytes, this.gJson);
    }

    /**
     * A copy of this record with {@code gBoolean} (column public.generic_types.g_boolean) replaced by the given value.
     */
    public NewGenericType withGBoolean(@Nullable Boolean gBoolean) {
        return new NewGenericType(this.gUuid, this.gString, this.gText, gBoolean, this.gSmallint,
                this.gInt, this.gBigint, this.gDecimal, this.gFloat, this.gDouble, this.gDate,
                this.gTime, this.gTimestamp, this.gTimestamptz, this.gBytes, this.gJson);
    }

    /**
     * A copy of this record with {@code gSmallint} (column public.generic_types.g_smallint) replaced by the given value.
     */
    public NewGenericType withGSmallint(@Nullable Short gSmallint) {
        return new NewGenericType(this.gUuid, this.gString, this.gText, this.gBoolean, gSmallint,
                this.gInt, this.gBigint, this.gDecimal, this.gFloat, this.gDouble, this.gDate,
                this.gTime, this.gTimestamp, this.gTimestamptz, this.gBytes, this.gJson);
    }

    /**
     * A copy of this record with {@code gInt} (column public.generic_types.g_int) replaced by the given value.
     */
    public NewGenericType withGInt(@Nullable Integer gInt) {
        return new NewGenericType(this.gUuid, this.gString, this.gText, this.gBoolean,
                this.gSmallint, gInt, this.gBigint, this.gDecimal, this.gFloat, this.gDouble,
                this.gDate, this.gTime, this.gTimestamp, this.gTimestamptz, this.gBytes,
                this.gJson);
    }

    /**
     * A copy of this record with {@code gBigint} (column public.generic_types.g_bigint) replaced by the given value.
     */
    public NewGenericType withGBigint(@Nullable Long gBigint) {
        return new NewGenericType(this.gUuid, this.gString, this.gText, this.gBoolean,
                this.gSmallint, this.gInt, gBigint, this.gDecimal, this.gFloat, this.gDouble,
                this.gDate, this.gTime, this.gTimestamp, this.gTimestamptz, this.gBytes,
                this.gJson);
    }

    /**
     * A copy of this record with {@code gDecimal} (column public.generic_types.g_decimal) replaced by the given value.
     */
    public NewGenericType withGDecimal(@Nullable BigDecimal gDecimal) {
        return new NewGenericType(this.gUuid, this.gString, this.gText, this.gBoolean,
                this.gSmallint, this.gInt, this.gBigint, gDecimal, this.gFloat, this.gDouble,
                this.gDate, this.gTime, this.gTimestamp, this.gTimestamptz, this.gBytes,
                this.gJson);
    }

    /**
     * A copy of this record with {@code gFloat} (column public.generic_types.g_float) replaced by the given value.
     */
    public NewGenericType withGFloat(@Nullable Float gFloat) {
        return new NewGenericType(this.gUuid, this.gString, this.gText, this.gBoolean,
                this.gSmallint, this.gInt, this.gBigint, this.gDecimal, gFloat, this.gDouble,
                this.gDate, this.gTime, this.gTimestamp, this.gTimestamptz, this.gBytes,
                this.gJson);
    }

    /**
     * A copy of this record with {@code gDouble} (column public.generic_types.g_double) replaced by the given value.
     */
    public NewGenericType withGDouble(@Nullable Double gDouble) {
        return new NewGenericType(this.gUuid, this.gString, this.gText, this.gBoolean,
                this.gSmallint, this.gInt, this.gBigint, this.gDecimal, this.gFloat, gDouble,
                this.gDate, this.gTime, this.gTimestamp, this.gTimestamptz, this.gBytes,
                this.gJson);
    }

    /**
     * A copy of this record with {@code gDate} (column public.generic_types.g_date) replaced by the given value.
     */
    public NewGenericType withGDate(@Nullable LocalDate gDate) {
        return new NewGenericType(this.gUuid, this.gString, this.gText, this.gBoolean,
                this.gSmallint, this.gInt, this.gBigint, this.gDecimal, this.gFloat, this.gDouble,
                gDate, this.gTime, this.gTimestamp, this.gTimestamptz, this.gBytes, this.gJson);
    }

    /**
     * A copy of this record with {@code gTime} (column public.generic_types.g_time) replaced by the given value.
     */
    public NewGenericType withGTime(@Nullable LocalTime gTime) {
        return new NewGenericType(this.gUuid, this.gString, this.gText, this.gBoolean,
                this.gSmallint, this.gInt, this.gBigint, this.gDecimal, this.gFloat, this.gDouble,
                this.gDate, gTime, this.gTimestamp, this.gTimestamptz, this.gBytes, this.gJson);
    }

    /**
     * A copy of this record with {@code gTimestamp} (column public.generic_types.g_timestamp) replaced by the given value.
     */
    public NewGenericType withGTimestamp(@Nullable LocalDateTime gTimestamp) {
        return new NewGenericType(this.gUuid, this.gString, this.gText, this.gBoolean,
                this.gSmallint, this.gInt, this.gBigint, this.gDecimal, this.gFloat, this.gDouble,
                this.gDate, this.gTime, gTimestamp, this.gTimestamptz, this.gBytes, this.gJson);
    }

    /**
     * A copy of this record with {@code gTimestamptz} (column public.generic_types.g_timestamptz) replaced by the given value.
     */
    public NewGenericType withGTimestamptz(@Nullable OffsetDateTime gTimestamptz) {
        return new NewGenericType(this.gUuid, this.gString, this.gText, this.gBoolean,
                this.gSmallint, this.gInt, this.gBigint, this.gDecimal, this.gFloat, this.gDouble,
                this.gDate, this.gTime, this.gTimestamp, gTimestamptz, this.gBytes, this.gJson);
    }

    /**
     * A copy of this record with {@code gBytes} (column public.generic_types.g_bytes) replaced by the given value.
     */
    public NewGenericType withGBytes(byte @Nullable [] gBytes) {
        return new NewGenericType(this.gUuid, this.gString, this.gText, this.gBoolean,
                this.gSmallint, this.gInt, this.gBigint, this.gDecimal, this.gFloat, this.gDouble,
                this.gDate, this.gTime, this.gTimestamp, this.gTimestamptz, gBytes, this.gJson);
    }

    /**
     * A copy of this record with {@code gJson} (column public.generic_types.g_json) replaced by the given value.
     */
    public NewGenericType withGJson(@Nullable String gJson) {
        return new NewGenericType(this.gUuid, this.gString, this.gText, this.gBoolean,
                this.gSmallint, this.gInt, this.gBigint, this.gDecimal, this.gFloat, this.gDouble,
                this.gDate, this.gTime, this.gTimestamp, this.gTimestamptz, this.gBytes, gJson);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || other instanceof NewGenericType that
                && Arrays.deepEquals(new Object[] {this.gUuid, this.gString, this.gText,
                        this.gBoolean, this.gSmallint, this.gInt, this.gBigint, this.gDecimal,
                        this.gFloat, this.gDouble, this.gDate, this.gTime, this.gTimestamp,
                        this.gTimestamptz, this.gBytes, this.gJson}, new Object[] {that.gUuid,
                        that.gString, that.gText, that.gBoolean, that.gSmallint, that.gInt,
                        that.gBigint, that.gDecimal, that.gFloat, that.gDouble, that.gDate,
                        that.gTime, that.gTimestamp, that.gTimestamptz, that.gBytes, that.gJson});
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {this.gUuid, this.gString, this.gText,
                this.gBoolean, this.gSmallint, this.gInt, this.gBigint, this.gDecimal, this.gFloat,
                this.gDouble, this.gDate, this.gTime, this.gTimestamp, this.gTimestamptz,
                this.gBytes, this.gJson});
    }

    @Override
    public String toString() {
        return "NewGenericType["
                + "gUuid=" + this.gUuid
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
