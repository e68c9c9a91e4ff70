package com.acme.shop;

import com.acme.types.Json;
import dev.dbmirror.annotations.MirroredTable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Every catalog type, NOT NULL and nullable.
 *
 * <p>A row of table public.all_types.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredTable("public.all_types")
@NullMarked
public record AllType(int id, UUID uuid, @Nullable UUID uuidOrNull, String text,
        @Nullable String textOrNull, String varchar, @Nullable String varcharOrNull, String char_,
        @Nullable String charOrNull, String citext, @Nullable String citextOrNull, boolean bool,
        @Nullable Boolean boolOrNull, short small, @Nullable Short smallOrNull, int int_,
        @Nullable Integer intOrNull, long big, @Nullable Long bigOrNull, BigDecimal numeric,
        @Nullable BigDecimal numericOrNull, float real, @Nullable Float realOrNull, double double_,
        @Nullable Double doubleOrNull, LocalDate date, @Nullable LocalDate dateOrNull,
        LocalTime time, @Nullable LocalTime timeOrNull, LocalDateTime timestamp,
        @Nullable LocalDateTime timestampOrNull, OffsetDateTime timestamptz,
        @Nullable OffsetDateTime timestamptzOrNull, OffsetTime timetz,
        @Nullable OffsetTime timetzOrNull, Duration interval, @Nullable Duration intervalOrNull,
        byte[] bytea, byte @Nullable [] byteaOrNull, String json, @Nullable String jsonOrNull,
        Json jsonb, @Nullable Json jsonbOrNull, List<Integer> intArray,
        @Nullable List<Integer> intArrayOrNull, List<String> textArray,
        @Nullable List<String> textArrayOrNull, List<OrderStatus> statusArray,
        @Nullable List<OrderStatus> statusArrayOrNull, OrderStatus status,
        @Nullable OrderStatus statusOrNull, String email, @Nullable String emailOrNull) {
    public AllType {
        Objects.requireNonNull(uuid, "public.all_types.uuid must not be null");
        Objects.requireNonNull(text, "public.all_types.text must not be null");
        Objects.requireNonNull(varchar, "public.all_types.varchar must not be null");
        Objects.requireNonNull(char_, "public.all_types.char must not be null");
        Objects.requireNonNull(citext, "public.all_types.citext must not be null");
        Objects.requireNonNull(numeric, "public.all_types.numeric must not be null");
        Objects.requireNonNull(date, "public.all_types.date must not be null");
        Objects.requireNonNull(time, "public.all_types.time must not be null");
        Objects.requireNonNull(timestamp, "public.all_types.timestamp must not be null");
        Objects.requireNonNull(timestamptz, "public.all_types.timestamptz must not be null");
        Objects.requireNonNull(timetz, "public.all_types.timetz must not be null");
        Objects.requireNonNull(interval, "public.all_types.interval must not be null");
        Objects.requireNonNull(bytea, "public.all_types.bytea must not be null");
        Objects.requireNonNull(json, "public.all_types.json must not be null");
        Objects.requireNonNull(jsonb, "public.all_types.jsonb must not be null");
        Objects.requireNonNull(intArray, "public.all_types.int_array must not be null");
        Objects.requireNonNull(textArray, "public.all_types.text_array must not be null");
        Objects.requireNonNull(statusArray, "public.all_types.status_array must not be null");
        Objects.requireNonNull(status, "public.all_types.status must not be null");
        Objects.requireNonNull(email, "public.all_types.email must not be null");
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || other instanceof AllType that
                && Arrays.deepEquals(new Object[] {this.id, this.uuid, this.uuidOrNull, this.text,
                        this.textOrNull, this.varchar, this.varcharOrNull, this.char_,
                        this.charOrNull, this.citext, this.citextOrNull, this.bool, this.boolOrNull,
                        this.small, this.smallOrNull, this.int_, this.intOrNull, this.big,
                        this.bigOrNull, this.numeric, this.numericOrNull, this.real,
                        this.realOrNull, this.double_, this.doubleOrNull, this.date,
                        this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                        this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                        this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea,
                        this.byteaOrNull, this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull,
                        this.intArray, this.intArrayOrNull, this.textArray, this.textArrayOrNull,
                        this.statusArray, this.statusArrayOrNull, this.status, this.statusOrNull,
                        this.email, this.emailOrNull}, new Object[] {that.id, that.uuid,
                        that.uuidOrNull, that.text, that.textOrNull, that.varchar,
                        that.varcharOrNull, that.char_, that.charOrNull, that.citext,
                        that.citextOrNull, that.bool, that.boolOrNull, that.small, that.smallOrNull,
                        that.int_, that.intOrNull, that.big, that.bigOrNull, that.numeric,
                        that.numericOrNull, that.real, that.realOrNull, that.double_,
                        that.doubleOrNull, that.date, that.dateOrNull, that.time, that.timeOrNull,
                        that.timestamp, that.timestampOrNull, that.timestamptz,
                        that.timestamptzOrNull, that.timetz, that.timetzOrNull, that.interval,
                        that.intervalOrNull, that.bytea, that.byteaOrNull, that.json,
                        that.jsonOrNull, that.jsonb, that.jsonbOrNull, that.intArray,
                        that.intArrayOrNull, that.textArray, that.textArrayOrNull, that.statusArray,
                        that.statusArrayOrNull, that.status, that.statusOrNull, that.email,
                        that.emailOrNull});
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {this.id, this.uuid, this.uuidOrNull, this.text,
                this.textOrNull, this.varchar, this.varcharOrNull, this.char_, this.charOrNull,
                this.citext, this.citextOrNull, this.bool, this.boolOrNull, this.small,
                this.smallOrNull, this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull});
    }

    @Override
    public String toString() {
        return "AllType["
                + "id=" + this.id
                + ", uuid=" + this.uuid
                + ", uuidOrNull=" + this.uuidOrNull
                + ", text=" + this.text
                + ", textOrNull=" + this.textOrNull
                + ", varchar=" + this.varchar
                + ", varcharOrNull=" + this.varcharOrNull
                + ", char_=" + this.char_
                + ", charOrNull=" + this.charOrNull
                + ", citext=" + this.citext
                + ", citextOrNull=" + this.citextOrNull
                + ", bool=" + this.bool
                + ", boolOrNull=" + this.boolOrNull
                + ", small=" + this.small
                + ", smallOrNull=" + this.smallOrNull
                + ", int_=" + this.int_
                + ", intOrNull=" + this.intOrNull
                + ", big=" + this.big
                + ", bigOrNull=" + this.bigOrNull
                + ", numeric=" + this.numeric
                + ", numericOrNull=" + this.numericOrNull
                + ", real=" + this.real
                + ", realOrNull=" + this.realOrNull
                + ", double_=" + this.double_
                + ", doubleOrNull=" + this.doubleOrNull
                + ", date=" + this.date
                + ", dateOrNull=" + this.dateOrNull
                + ", time=" + this.time
                + ", timeOrNull=" + this.timeOrNull
                + ", timestamp=" + this.timestamp
                + ", timestampOrNull=" + this.timestampOrNull
                + ", timestamptz=" + this.timestamptz
                + ", timestamptzOrNull=" + this.timestamptzOrNull
                + ", timetz=" + this.timetz
                + ", timetzOrNull=" + this.timetzOrNull
                + ", interval=" + this.interval
                + ", intervalOrNull=" + this.intervalOrNull
                + ", bytea=" + Arrays.toString(this.bytea)
                + ", byteaOrNull=" + Arrays.toString(this.byteaOrNull)
                + ", json=" + this.json
                + ", jsonOrNull=" + this.jsonOrNull
                + ", jsonb=" + this.jsonb
                + ", jsonbOrNull=" + this.jsonbOrNull
                + ", intArray=" + this.intArray
                + ", intArrayOrNull=" + this.intArrayOrNull
                + ", textArray=" + this.textArray
                + ", textArrayOrNull=" + this.textArrayOrNull
                + ", statusArray=" + this.statusArray
                + ", statusArrayOrNull=" + this.statusArrayOrNull
                + ", status=" + this.status
                + ", statusOrNull=" + this.statusOrNull
                + ", email=" + this.email
                + ", emailOrNull=" + this.emailOrNull + "]";
    }
}
