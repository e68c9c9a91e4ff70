package com.acme.shop;

import com.acme.types.Json;
import dev.dbmirror.annotations.MirroredTable;
import java.math.BigDecimal;
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
 * A new row for table public.all_types, to insert. A null value for a column the database supplies (default, identity) means: let the database supply it. Generated and identity-always columns are left out.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredTable("public.all_types")
@NullMarked
public record NewAllType(@Nullable Integer id, UUID uuid, @Nullable UUID uuidOrNull, String text,
        @Nullable String textOrNull, String varchar, @Nullable String varcharOrNull, String char_,
        @Nullable String charOrNull, String citext, @Nullable String citextOrNull, boolean bool,
        @Nullable Boolean boolOrNull, short small, @Nullable Short smallOrNull, int int_,
        @Nullable Integer intOrNull, long big, @Nullable Long bigOrNull, BigDecimal numeric,
        @Nullable BigDecimal numericOrNull, float real, @Nullable Float realOrNull, double double_,
        @Nullable Double doubleOrNull, LocalDate date, @Nullable LocalDate dateOrNull,
        LocalTime time, @Nullable LocalTime timeOrNull, LocalDateTime timestamp,
        @Nullable LocalDateTime timestampOrNull, OffsetDateTime timestamptz,
        @Nullable OffsetDateTime timestamptzOrNull, OffsetTime timetz,
        @Nullable OffsetTime timetzOrNull, String interval, @Nullable String intervalOrNull,
        byte[] bytea, byte @Nullable [] byteaOrNull, String json, @Nullable String jsonOrNull,
        Json jsonb, @Nullable Json jsonbOrNull, List<Integer> intArray,
        @Nullable List<Integer> intArrayOrNull, List<String> textArray,
        @Nullable List<String> textArrayOrNull, List<OrderStatus> statusArray,
        @Nullable List<OrderStatus> statusArrayOrNull, OrderStatus status,
        @Nullable OrderStatus statusOrNull, String email, @Nullable String emailOrNull) {
    public NewAllType {
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

    /**
     * A new row with the values an insert must give: the NOT NULL columns that have no default and
     * are neither identity nor generated, in table order. Every other component is null (the database
     * supplies its default or identity value, a nullable column stays NULL); set them with the
     * {@code with} methods. Unlike the constructor, a call of this method keeps compiling when a
     * nullable column or a column with a default is added to the table.
     */
    public static NewAllType of(UUID uuid, String text, String varchar, String char_, String citext,
            boolean bool, short small, int int_, long big, BigDecimal numeric, float real,
            double double_, LocalDate date, LocalTime time, LocalDateTime timestamp,
            OffsetDateTime timestamptz, OffsetTime timetz, String interval, byte[] bytea,
            String json, Json jsonb, List<Integer> intArray, List<String> textArray,
            List<OrderStatus> statusArray, OrderStatus status, String email) {
        return new NewAllType(null, uuid, null, text, null, varchar, null, char_, null, citext,
                null, bool, null, small, null, int_, null, big, null, numeric, null, real, null,
                double_, null, date, null, time, null, timestamp, null, timestamptz, null, timetz,
                null, interval, null, bytea, null, json, null, jsonb, null, intArray, null,
                textArray, null, statusArray, null, status, null, email, null);
    }

    /**
     * A copy of this record with {@code id} (column public.all_types.id) replaced by the given value.
     */
    public NewAllType withId(@Nullable Integer id) {
        return new NewAllType(id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code uuid} (column public.all_types.uuid) replaced by the given value.
     */
    public NewAllType withUuid(UUID uuid) {
        return new NewAllType(this.id, uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code uuidOrNull} (column public.all_types.uuid_or_null) replaced by the given value.
     */
    public NewAllType withUuidOrNull(@Nullable UUID uuidOrNull) {
        return new NewAllType(this.id, this.uuid, uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code text} (column public.all_types.text) replaced by the given value.
     */
    public NewAllType withText(String text) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code textOrNull} (column public.all_types.text_or_null) replaced by the given value.
     */
    public NewAllType withTextOrNull(@Nullable String textOrNull) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code varchar} (column public.all_types.varchar) replaced by the given value.
     */
    public NewAllType withVarchar(String varchar) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code varcharOrNull} (column public.all_types.varchar_or_null) replaced by the given value.
     */
    public NewAllType withVarcharOrNull(@Nullable String varcharOrNull) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code char_} (column public.all_types.char) replaced by the given value.
     */
    public NewAllType withChar_(String char_) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code charOrNull} (column public.all_types.char_or_null) replaced by the given value.
     */
    public NewAllType withCharOrNull(@Nullable String charOrNull) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code citext} (column public.all_types.citext) replaced by the given value.
     */
    public NewAllType withCitext(String citext) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code citextOrNull} (column public.all_types.citext_or_null) replaced by the given value.
     */
    public NewAllType withCitextOrNull(@Nullable String citextOrNull) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull, this.int_,
                this.intOrNull, this.big, this.bigOrNull, this.numeric, this.numericOrNull,
                this.real, this.realOrNull, this.double_, this.doubleOrNull, this.date,
                this.dateOrNull, this.time, this.timeOrNull, this.timestamp, this.timestampOrNull,
                this.timestamptz, this.timestamptzOrNull, this.timetz, this.timetzOrNull,
                this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull, this.json,
                this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray, this.intArrayOrNull,
                this.textArray, this.textArrayOrNull, this.statusArray, this.statusArrayOrNull,
                this.status, this.statusOrNull, this.email, this.emailOrNull);
    }

    /**
     * A copy of this record with {@code bool} (column public.all_types.bool) replaced by the given value.
     */
    public NewAllType withBool(boolean bool) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, bool, this.boolOrNull, this.small, this.smallOrNull, this.int_,
                this.intOrNull, this.big, this.bigOrNull, this.numeric, this.numericOrNull,
                this.real, this.realOrNull, this.double_, this.doubleOrNull, this.date,
                this.dateOrNull, this.time, this.timeOrNull, this.timestamp, this.timestampOrNull,
                this.timestamptz, this.timestamptzOrNull, this.timetz, this.timetzOrNull,
                this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull, this.json,
                this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray, this.intArrayOrNull,
                this.textArray, this.textArrayOrNull, this.statusArray, this.statusArrayOrNull,
                this.status, this.statusOrNull, this.email, this.emailOrNull);
    }

    /**
     * A copy of this record with {@code boolOrNull} (column public.all_types.bool_or_null) replaced by the given value.
     */
    public NewAllType withBoolOrNull(@Nullable Boolean boolOrNull) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, boolOrNull, this.small, this.smallOrNull, this.int_,
                this.intOrNull, this.big, this.bigOrNull, this.numeric, this.numericOrNull,
                this.real, this.realOrNull, this.double_, this.doubleOrNull, this.date,
                this.dateOrNull, this.time, this.timeOrNull, this.timestamp, this.timestampOrNull,
                this.timestamptz, this.timestamptzOrNull, this.timetz, this.timetzOrNull,
                this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull, this.json,
                this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray, this.intArrayOrNull,
                this.textArray, this.textArrayOrNull, this.statusArray, this.statusArrayOrNull,
                this.status, this.statusOrNull, this.email, this.emailOrNull);
    }

    /**
     * A copy of this record with {@code small} (column public.all_types.small) replaced by the given value.
     */
    public NewAllType withSmall(short small) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, small, this.smallOrNull, this.int_,
                this.intOrNull, this.big, this.bigOrNull, this.numeric, this.numericOrNull,
                this.real, this.realOrNull, this.double_, this.doubleOrNull, this.date,
                this.dateOrNull, this.time, this.timeOrNull, this.timestamp, this.timestampOrNull,
                this.timestamptz, this.timestamptzOrNull, this.timetz, this.timetzOrNull,
                this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull, this.json,
                this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray, this.intArrayOrNull,
                this.textArray, this.textArrayOrNull, this.statusArray, this.statusArrayOrNull,
                this.status, this.statusOrNull, this.email, this.emailOrNull);
    }

    /**
     * A copy of this record with {@code smallOrNull} (column public.all_types.small_or_null) replaced by the given value.
     */
    public NewAllType withSmallOrNull(@Nullable Short smallOrNull) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, smallOrNull, this.int_,
                this.intOrNull, this.big, this.bigOrNull, this.numeric, this.numericOrNull,
                this.real, this.realOrNull, this.double_, this.doubleOrNull, this.date,
                this.dateOrNull, this.time, this.timeOrNull, this.timestamp, this.timestampOrNull,
                this.timestamptz, this.timestamptzOrNull, this.timetz, this.timetzOrNull,
                this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull, this.json,
                this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray, this.intArrayOrNull,
                this.textArray, this.textArrayOrNull, this.statusArray, this.statusArrayOrNull,
                this.status, this.statusOrNull, this.email, this.emailOrNull);
    }

    /**
     * A copy of this record with {@code int_} (column public.all_types.int) replaced by the given value.
     */
    public NewAllType withInt_(int int_) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull, int_,
                this.intOrNull, this.big, this.bigOrNull, this.numeric, this.numericOrNull,
                this.real, this.realOrNull, this.double_, this.doubleOrNull, this.date,
                this.dateOrNull, this.time, this.timeOrNull, this.timestamp, this.timestampOrNull,
                this.timestamptz, this.timestamptzOrNull, this.timetz, this.timetzOrNull,
                this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull, this.json,
                this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray, this.intArrayOrNull,
                this.textArray, this.textArrayOrNull, this.statusArray, this.statusArrayOrNull,
                this.status, this.statusOrNull, this.email, this.emailOrNull);
    }

    /**
     * A copy of this record with {@code intOrNull} (column public.all_types.int_or_null) replaced by the given value.
     */
    public NewAllType withIntOrNull(@Nullable Integer intOrNull) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, intOrNull, this.big, this.bigOrNull, this.numeric, this.numericOrNull,
                this.real, this.realOrNull, this.double_, this.doubleOrNull, this.date,
                this.dateOrNull, this.time, this.timeOrNull, this.timestamp, this.timestampOrNull,
                this.timestamptz, this.timestamptzOrNull, this.timetz, this.timetzOrNull,
                this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull, this.json,
                this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray, this.intArrayOrNull,
                this.textArray, this.textArrayOrNull, this.statusArray, this.statusArrayOrNull,
                this.status, this.statusOrNull, this.email, this.emailOrNull);
    }

    /**
     * A copy of this record with {@code big} (column public.all_types.big) replaced by the given value.
     */
    public NewAllType withBig(long big) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, big, this.bigOrNull, this.numeric, this.numericOrNull,
                this.real, this.realOrNull, this.double_, this.doubleOrNull, this.date,
                this.dateOrNull, this.time, this.timeOrNull, this.timestamp, this.timestampOrNull,
                this.timestamptz, this.timestamptzOrNull, this.timetz, this.timetzOrNull,
                this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull, this.json,
                this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray, this.intArrayOrNull,
                this.textArray, this.textArrayOrNull, this.statusArray, this.statusArrayOrNull,
                this.status, this.statusOrNull, this.email, this.emailOrNull);
    }

    /**
     * A copy of this record with {@code bigOrNull} (column public.all_types.big_or_null) replaced by the given value.
     */
    public NewAllType withBigOrNull(@Nullable Long bigOrNull) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, bigOrNull, this.numeric, this.numericOrNull,
                this.real, this.realOrNull, this.double_, this.doubleOrNull, this.date,
                this.dateOrNull, this.time, this.timeOrNull, this.timestamp, this.timestampOrNull,
                this.timestamptz, this.timestamptzOrNull, this.timetz, this.timetzOrNull,
                this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull, this.json,
                this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray, this.intArrayOrNull,
                this.textArray, this.textArrayOrNull, this.statusArray, this.statusArrayOrNull,
                this.status, this.statusOrNull, this.email, this.emailOrNull);
    }

    /**
     * A copy of this record with {@code numeric} (column public.all_types.numeric) replaced by the given value.
     */
    public NewAllType withNumeric(BigDecimal numeric) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, numeric, this.numericOrNull,
                this.real, this.realOrNull, this.double_, this.doubleOrNull, this.date,
                this.dateOrNull, this.time, this.timeOrNull, this.timestamp, this.timestampOrNull,
                this.timestamptz, this.timestamptzOrNull, this.timetz, this.timetzOrNull,
                this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull, this.json,
                this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray, this.intArrayOrNull,
                this.textArray, this.textArrayOrNull, this.statusArray, this.statusArrayOrNull,
                this.status, this.statusOrNull, this.email, this.emailOrNull);
    }

    /**
     * A copy of this record with {@code numericOrNull} (column public.all_types.numeric_or_null) replaced by the given value.
     */
    public NewAllType withNumericOrNull(@Nullable BigDecimal numericOrNull) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric, numericOrNull,
                this.real, this.realOrNull, this.double_, this.doubleOrNull, this.date,
                this.dateOrNull, this.time, this.timeOrNull, this.timestamp, this.timestampOrNull,
                this.timestamptz, this.timestamptzOrNull, this.timetz, this.timetzOrNull,
                this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull, this.json,
                this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray, this.intArrayOrNull,
                this.textArray, this.textArrayOrNull, this.statusArray, this.statusArrayOrNull,
                this.status, this.statusOrNull, this.email, this.emailOrNull);
    }

    /**
     * A copy of this record with {@code real} (column public.all_types.real) replaced by the given value.
     */
    public NewAllType withReal(float real) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code realOrNull} (column public.all_types.real_or_null) replaced by the given value.
     */
    public NewAllType withRealOrNull(@Nullable Float realOrNull) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code double_} (column public.all_types.double) replaced by the given value.
     */
    public NewAllType withDouble_(double double_) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code doubleOrNull} (column public.all_types.double_or_null) replaced by the given value.
     */
    public NewAllType withDoubleOrNull(@Nullable Double doubleOrNull) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code date} (column public.all_types.date) replaced by the given value.
     */
    public NewAllType withDate(LocalDate date) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code dateOrNull} (column public.all_types.date_or_null) replaced by the given value.
     */
    public NewAllType withDateOrNull(@Nullable LocalDate dateOrNull) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code time} (column public.all_types.time) replaced by the given value.
     */
    public NewAllType withTime(LocalTime time) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code timeOrNull} (column public.all_types.time_or_null) replaced by the given value.
     */
    public NewAllType withTimeOrNull(@Nullable LocalTime timeOrNull) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code timestamp} (column public.all_types.timestamp) replaced by the given value.
     */
    public NewAllType withTimestamp(LocalDateTime timestamp) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code timestampOrNull} (column public.all_types.timestamp_or_null) replaced by the given value.
     */
    public NewAllType withTimestampOrNull(@Nullable LocalDateTime timestampOrNull) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code timestamptz} (column public.all_types.timestamptz) replaced by the given value.
     */
    public NewAllType withTimestamptz(OffsetDateTime timestamptz) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code timestamptzOrNull} (column public.all_types.timestamptz_or_null) replaced by the given value.
     */
    public NewAllType withTimestamptzOrNull(@Nullable OffsetDateTime timestamptzOrNull) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code timetz} (column public.all_types.timetz) replaced by the given value.
     */
    public NewAllType withTimetz(OffsetTime timetz) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code timetzOrNull} (column public.all_types.timetz_or_null) replaced by the given value.
     */
    public NewAllType withTimetzOrNull(@Nullable OffsetTime timetzOrNull) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code interval} (column public.all_types.interval) replaced by the given value.
     */
    public NewAllType withInterval(String interval) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code intervalOrNull} (column public.all_types.interval_or_null) replaced by the given value.
     */
    public NewAllType withIntervalOrNull(@Nullable String intervalOrNull) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code bytea} (column public.all_types.bytea) replaced by the given value.
     */
    public NewAllType withBytea(byte[] bytea) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code byteaOrNull} (column public.all_types.bytea_or_null) replaced by the given value.
     */
    public NewAllType withByteaOrNull(byte @Nullable [] byteaOrNull) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code json} (column public.all_types.json) replaced by the given value.
     */
    public NewAllType withJson(String json) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code jsonOrNull} (column public.all_types.json_or_null) replaced by the given value.
     */
    public NewAllType withJsonOrNull(@Nullable String jsonOrNull) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code jsonb} (column public.all_types.jsonb) replaced by the given value.
     */
    public NewAllType withJsonb(Json jsonb) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code jsonbOrNull} (column public.all_types.jsonb_or_null) replaced by the given value.
     */
    public NewAllType withJsonbOrNull(@Nullable Json jsonbOrNull) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code intArray} (column public.all_types.int_array) replaced by the given value.
     */
    public NewAllType withIntArray(List<Integer> intArray) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code intArrayOrNull} (column public.all_types.int_array_or_null) replaced by the given value.
     */
    public NewAllType withIntArrayOrNull(@Nullable List<Integer> intArrayOrNull) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code textArray} (column public.all_types.text_array) replaced by the given value.
     */
    public NewAllType withTextArray(List<String> textArray) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code textArrayOrNull} (column public.all_types.text_array_or_null) replaced by the given value.
     */
    public NewAllType withTextArrayOrNull(@Nullable List<String> textArrayOrNull) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code statusArray} (column public.all_types.status_array) replaced by the given value.
     */
    public NewAllType withStatusArray(List<OrderStatus> statusArray) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email,
                this.emailOrNull);
    }

    /**
     * A copy of this record with {@code statusArrayOrNull} (column public.all_types.status_array_or_null) replaced by the given value.
     */
    public NewAllType withStatusArrayOrNull(@Nullable List<OrderStatus> statusArrayOrNull) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                statusArrayOrNull, this.status, this.statusOrNull, this.email, this.emailOrNull);
    }

    /**
     * A copy of this record with {@code status} (column public.all_types.status) replaced by the given value.
     */
    public NewAllType withStatus(OrderStatus status) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, status, this.statusOrNull, this.email, this.emailOrNull);
    }

    /**
     * A copy of this record with {@code statusOrNull} (column public.all_types.status_or_null) replaced by the given value.
     */
    public NewAllType withStatusOrNull(@Nullable OrderStatus statusOrNull) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, statusOrNull, this.email, this.emailOrNull);
    }

    /**
     * A copy of this record with {@code email} (column public.all_types.email) replaced by the given value.
     */
    public NewAllType withEmail(String email) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, email, this.emailOrNull);
    }

    /**
     * A copy of this record with {@code emailOrNull} (column public.all_types.email_or_null) replaced by the given value.
     */
    public NewAllType withEmailOrNull(@Nullable String emailOrNull) {
        return new NewAllType(this.id, this.uuid, this.uuidOrNull, this.text, this.textOrNull,
                this.varchar, this.varcharOrNull, this.char_, this.charOrNull, this.citext,
                this.citextOrNull, this.bool, this.boolOrNull, this.small, this.smallOrNull,
                this.int_, this.intOrNull, this.big, this.bigOrNull, this.numeric,
                this.numericOrNull, this.real, this.realOrNull, this.double_, this.doubleOrNull,
                this.date, this.dateOrNull, this.time, this.timeOrNull, this.timestamp,
                this.timestampOrNull, this.timestamptz, this.timestamptzOrNull, this.timetz,
                this.timetzOrNull, this.interval, this.intervalOrNull, this.bytea, this.byteaOrNull,
                this.json, this.jsonOrNull, this.jsonb, this.jsonbOrNull, this.intArray,
                this.intArrayOrNull, this.textArray, this.textArrayOrNull, this.statusArray,
                this.statusArrayOrNull, this.status, this.statusOrNull, this.email, emailOrNull);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || other instanceof NewAllType that
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
        return "NewAllType["
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
