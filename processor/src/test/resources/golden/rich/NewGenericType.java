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
