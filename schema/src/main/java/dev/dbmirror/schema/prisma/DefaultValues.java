package dev.dbmirror.schema.prisma;

import dev.dbmirror.schema.prisma.Ast.Value;
import dev.dbmirror.schema.prisma.ColumnType.Scalar;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns {@code @default(…)} into the default expression PostgreSQL prints after Prisma's DDL ran
 * ({@code pg_get_expr}): the literal Prisma writes, as the server parses and prints it back.
 */
final class DefaultValues {

    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern TRAILING_ZEROS = Pattern.compile("0+$");

    /** What a default needs to know about its column. */
    record Target(String schema, String table, String column, ColumnType type, boolean list, String field,
                  Map<String, String> enumValues) {
    }

    private DefaultValues() {
    }

    /** The printed default, or {@code null} when the database has none (client-side functions). */
    static String of(Value value, Target target) throws PrismaException {
        if (value instanceof Ast.Call call) {
            return function(call, target);
        }
        if (target.list()) {
            if (!(value instanceof Ast.Array array)) {
                throw problem(value, "the default of list field " + target.field() + " is a list; write @default([…])");
            }
            return list(array, target);
        }
        return scalar(value, target);
    }

    private static String function(Ast.Call call, Target target) throws PrismaException {
        ColumnType type = target.type();
        switch (call.name()) {
            case "autoincrement" -> {
                if (!type.is(Scalar.INT) && !type.is(Scalar.BIGINT) || target.list()) {
                    throw problem(call, "autoincrement() needs an Int or BigInt field, and " + target.field()
                            + " is not one; use it on an integer field or remove it");
                }
                return "nextval(" + PostgresText.literal(PostgresText.reference(target.schema(),
                        PostgresText.sequenceName(target.table(), target.column()))) + "::regclass)";
            }
            case "now" -> {
                if (!type.is(Scalar.DATETIME)) {
                    throw problem(call, "now() needs a DateTime field, and " + target.field() + " is not one");
                }
                return "CURRENT_TIMESTAMP";
            }
            case "dbgenerated" -> {
                if (call.arguments().isEmpty()) {
                    return null; // "the database has a default Prisma does not describe": no DDL
                }
                if (!(call.arguments().get(0).value() instanceof Ast.Text text)) {
                    throw problem(call, "dbgenerated takes the SQL expression as a string, e.g. dbgenerated(\"gen_random_uuid()\")");
                }
                return text.value().trim().equalsIgnoreCase("null") ? null : text.value();
            }
            case "uuid", "cuid", "nanoid", "ulid" -> {
                if (!type.is(Scalar.STRING)) {
                    throw problem(call, call.name() + "() needs a String field, and " + target.field() + " is not one");
                }
                return null; // made by Prisma's client, not the database
            }
            case "sequence" -> throw problem(call, "sequence() exists only for CockroachDB; on PostgreSQL use autoincrement()");
            case "auto" -> throw problem(call, "auto() exists only for MongoDB; on PostgreSQL use autoincrement() or dbgenerated(\"…\")");
            default -> throw problem(call, "unknown default function " + call.name() + "() on field " + target.field()
                    + "; use autoincrement(), now(), dbgenerated(\"…\"), uuid(), cuid(), nanoid(), ulid() or a literal");
        }
    }

    private static String scalar(Value value, Target target) throws PrismaException {
        ColumnType type = target.type();
        if (type.isEnum()) {
            return PostgresText.literal(enumValue(value, target)) + "::" + type.castName();
        }
        if (type.scalar() == null) {
            throw problem(value, "an Unsupported field takes no literal default (field " + target.field()
                    + "); write @default(dbgenerated(\"…\"))");
        }
        return switch (type.scalar()) {
            case INT, BIGINT, FLOAT, DECIMAL -> number(value, target).printed();
            case BOOLEAN -> bool(value, target);
            case STRING -> PostgresText.literal(text(value, target)) + "::" + type.castName();
            case JSON -> PostgresText.literal(type.castName().equals("jsonb")
                    ? JsonbText.normalize(text(value, target), value.position()) : text(value, target)) + "::" + type.castName();
            case BYTES -> "'\\x" + HexFormat.of().formatHex(base64(value, target)) + "'::bytea";
            case DATETIME -> PostgresText.literal(dateTime(value, target)) + "::" + type.castName();
        };
    }

    /** {@code ARRAY[…]} as PostgreSQL prints Prisma's {@code ARRAY[…]::type[]}. */
    private static String list(Ast.Array array, Target target) throws PrismaException {
        ColumnType type = target.type();
        if (array.items().isEmpty()) {
            // the empty array gets the type without its length, then a cast to the column's type
            String empty = "ARRAY[]::" + type.castName() + "[]";
            return type.typed().equals(type.castName()) ? empty : "(" + empty + ")::" + type.typed() + "[]";
        }
        List<String> items = new ArrayList<>();
        for (Value item : array.items()) {
            items.add(listItem(item, target));
        }
        return "ARRAY[" + String.join(", ", items) + "]";
    }

    /** An element: the cast to the list's type is explicit, so it shows unless the constant already has the type. */
    private static String listItem(Value item, Target target) throws PrismaException {
        ColumnType type = target.type();
        if (type.isEnum() || type.is(Scalar.STRING) || type.is(Scalar.JSON) || type.is(Scalar.DATETIME)
                || type.is(Scalar.BYTES)) {
            String printed = scalar(item, target);
            return printed.substring(0, printed.lastIndexOf("::")) + "::" + type.typed();
        }
        if (type.is(Scalar.BOOLEAN)) {
            return bool(item, target);
        }
        if (type.scalar() == null) {
            throw problem(item, "an Unsupported field takes no literal default (field " + target.field() + ")");
        }
        Number number = number(item, target);
        if (number.constType().equals(type.castName())) {
            return type.typed().equals(type.castName()) ? number.printed() : number.unlabelled() + "::" + type.typed();
        }
        return "(" + number.printed() + ")::" + type.typed();
    }

    /** A numeric literal as PostgreSQL types it: integer, bigint or numeric, and how it prints. */
    private record Number(String constType, String printed, String unlabelled) {
    }

    private static Number number(Value value, Target target) throws PrismaException {
        if (!(value instanceof Ast.Number n)) {
            throw problem(value, "the default of " + target.field() + " must be a number, e.g. @default(0)");
        }
        String text = n.value();
        boolean negative = text.startsWith("-");
        boolean integral = INTEGER.matcher(text).matches();
        if (integral && (target.type().is(Scalar.INT) || target.type().is(Scalar.BIGINT)
                || target.type().is(Scalar.FLOAT) || target.type().is(Scalar.DECIMAL))) {
            BigInteger v = new BigInteger(text);
            String type = v.bitLength() < 32 ? "integer" : v.bitLength() < 64 ? "bigint" : "numeric";
            boolean bare = type.equals("integer") && !negative;
            return new Number(type, bare ? text : "'" + text + "'::" + type, bare ? text : "'" + text + "'");
        }
        if (integral || !(target.type().is(Scalar.FLOAT) || target.type().is(Scalar.DECIMAL))) {
            throw problem(value, "the default of " + target.field() + " must be a whole number, not " + text);
        }
        return new Number("numeric", negative ? "'" + text + "'::numeric" : text, negative ? "'" + text + "'" : text);
    }

    private static String bool(Value value, Target target) throws PrismaException {
        if (value instanceof Ast.Name name && (name.name().equals("true") || name.name().equals("false"))) {
            return name.name();
        }
        throw problem(value, "the default of Boolean field " + target.field() + " is true or false");
    }

    private static String text(Value value, Target target) throws PrismaException {
        if (value instanceof Ast.Text text) {
            return text.value();
        }
        throw problem(value, "the default of " + target.field() + " must be a string, e.g. @default(\"…\")");
    }

    private static String enumValue(Value value, Target target) throws PrismaException {
        if (value instanceof Ast.Name name && target.enumValues().containsKey(name.name())) {
            return target.enumValues().get(name.name());
        }
        String written = value instanceof Ast.Name name ? name.name() : value instanceof Ast.Text t ? "\"" + t.value() + "\"" : "this value";
        throw problem(value, written + " is not a value of the enum of field " + target.field() + "; use one of "
                + String.join(", ", target.enumValues().keySet()));
    }

    private static byte[] base64(Value value, Target target) throws PrismaException {
        try {
            return Base64.getDecoder().decode(text(value, target));
        } catch (IllegalArgumentException e) {
            throw problem(value, "the default of Bytes field " + target.field() + " must be base64, e.g. @default(\"aGVsbG8=\")");
        }
    }

    /**
     * A DateTime literal (RFC 3339) as the column's type prints it: a timestamp keeps the local date
     * and time as written, a timestamptz is shown in UTC (the comparison's session time zone).
     */
    private static String dateTime(Value value, Target target) throws PrismaException {
        String text = text(value, target);
        OffsetDateTime at;
        try {
            at = OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw problem(value, "the default of DateTime field " + target.field()
                    + " must be an ISO 8601 date-time with an offset, e.g. \"2024-01-31T12:00:00Z\"");
        }
        String cast = target.type().castName();
        if (cast.equals("timestamp with time zone") || cast.equals("time with time zone")) {
            LocalDateTime utc = at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            return (cast.startsWith("time ") ? time(utc) : date(utc) + " " + time(utc)) + "+00";
        }
        LocalDateTime local = at.toLocalDateTime();
        return switch (cast) {
            case "date" -> date(local);
            case "time without time zone" -> time(local);
            default -> date(local) + " " + time(local);
        };
    }

    private static String date(LocalDateTime t) {
        return t.format(DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT));
    }

    /** {@code HH:mm:ss} with up to six fraction digits, trailing zeros dropped, as PostgreSQL prints. */
    private static String time(LocalDateTime t) {
        String base = t.format(DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT));
        int micros = t.getNano() / 1000;
        if (micros == 0) {
            return base;
        }
        String fraction = TRAILING_ZEROS.matcher(String.format(Locale.ROOT, "%06d", micros)).replaceAll("");
        return base + "." + fraction;
    }

    private static PrismaException problem(Value at, String message) {
        return new PrismaException(at.position(), message);
    }
}
