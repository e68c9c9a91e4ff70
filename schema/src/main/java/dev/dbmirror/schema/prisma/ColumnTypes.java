package dev.dbmirror.schema.prisma;

import dev.dbmirror.schema.prisma.Ast.Argument;
import dev.dbmirror.schema.prisma.Ast.Attribute;
import dev.dbmirror.schema.prisma.ColumnType.Scalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Prisma's PostgreSQL types: each scalar's default type and every {@code @db.*} native type with
 * its arguments, as {@code format_type} prints the column's type.
 */
final class ColumnTypes {

    /** A native type: the scalar it belongs to, how many arguments it takes, its printed forms. */
    private record Native(Scalar scalar, int maxArguments, String text, String castName) {
    }

    private static final Map<String, Native> NATIVE = new LinkedHashMap<>();
    private static final Pattern WHOLE = Pattern.compile("\\d+");

    static {
        nativeType("Text", Scalar.STRING, 0, "text", "text");
        nativeType("Char", Scalar.STRING, 1, "character", "bpchar");
        nativeType("VarChar", Scalar.STRING, 1, "character varying", "character varying");
        nativeType("Bit", Scalar.STRING, 1, "bit", "\"bit\"");
        nativeType("VarBit", Scalar.STRING, 1, "bit varying", "bit varying");
        nativeType("Uuid", Scalar.STRING, 0, "uuid", "uuid");
        nativeType("Xml", Scalar.STRING, 0, "xml", "xml");
        nativeType("Inet", Scalar.STRING, 0, "inet", "inet");
        nativeType("Citext", Scalar.STRING, 0, "citext", "citext");
        nativeType("Boolean", Scalar.BOOLEAN, 0, "boolean", "boolean");
        nativeType("Integer", Scalar.INT, 0, "integer", "integer");
        nativeType("SmallInt", Scalar.INT, 0, "smallint", "smallint");
        nativeType("Oid", Scalar.INT, 0, "oid", "oid");
        nativeType("BigInt", Scalar.BIGINT, 0, "bigint", "bigint");
        nativeType("DoublePrecision", Scalar.FLOAT, 0, "double precision", "double precision");
        nativeType("Real", Scalar.FLOAT, 0, "real", "real");
        nativeType("Decimal", Scalar.DECIMAL, 2, "numeric", "numeric");
        nativeType("Money", Scalar.DECIMAL, 0, "money", "money");
        nativeType("Timestamp", Scalar.DATETIME, 1, "timestamp without time zone", "timestamp without time zone");
        nativeType("Timestamptz", Scalar.DATETIME, 1, "timestamp with time zone", "timestamp with time zone");
        nativeType("Date", Scalar.DATETIME, 0, "date", "date");
        nativeType("Time", Scalar.DATETIME, 1, "time without time zone", "time without time zone");
        nativeType("Timetz", Scalar.DATETIME, 1, "time with time zone", "time with time zone");
        nativeType("Json", Scalar.JSON, 0, "json", "json");
        nativeType("JsonB", Scalar.JSON, 0, "jsonb", "jsonb");
        nativeType("ByteA", Scalar.BYTES, 0, "bytea", "bytea");
    }

    private static void nativeType(String name, Scalar scalar, int maxArguments, String text, String castName) {
        NATIVE.put(name, new Native(scalar, maxArguments, text, castName));
    }

    private ColumnTypes() {
    }

    /** The type of a scalar field without a native type attribute. */
    static ColumnType scalar(Scalar scalar) {
        return switch (scalar) {
            case STRING -> new ColumnType(scalar, null, "text", "text", "text");
            case BOOLEAN -> new ColumnType(scalar, null, "boolean", "boolean", "boolean");
            case INT -> new ColumnType(scalar, null, "integer", "integer", "integer");
            case BIGINT -> new ColumnType(scalar, null, "bigint", "bigint", "bigint");
            case FLOAT -> new ColumnType(scalar, null, "double precision", "double precision", "double precision");
            case DECIMAL -> new ColumnType(scalar, null, "numeric(65,30)", "numeric", "numeric(65,30)");
            case DATETIME -> new ColumnType(scalar, null, "timestamp(3) without time zone",
                    "timestamp without time zone", "timestamp(3) without time zone");
            case JSON -> new ColumnType(scalar, null, "jsonb", "jsonb", "jsonb");
            case BYTES -> new ColumnType(scalar, null, "bytea", "bytea", "bytea");
        };
    }

    /** The type an {@code @db.*} attribute gives a field of {@code scalar}. */
    static ColumnType nativeType(Scalar scalar, Attribute attribute, String fieldName) throws PrismaException {
        String name = attribute.name().substring("db.".length());
        Native n = NATIVE.get(name);
        if (n == null) {
            throw new PrismaException(attribute.position(), "unknown native type @db." + name + " on field " + fieldName
                    + suggestion(name) + "; PostgreSQL types for " + scalar.prismaName + " are " + namesFor(scalar));
        }
        if (n.scalar() != scalar) {
            throw new PrismaException(attribute.position(), "@db." + name + " is a type for " + n.scalar().prismaName
                    + " fields, not for " + scalar.prismaName + " (field " + fieldName + "); use one of "
                    + namesFor(scalar) + ", or change the field's type to " + n.scalar().prismaName);
        }
        List<Integer> arguments = arguments(attribute, n.maxArguments(), fieldName);
        String typmod = arguments.isEmpty() ? "" : "(" + String.join(",", arguments.stream().map(String::valueOf).toList()) + ")";
        String text = switch (name) {
            case "Char", "Bit" -> n.text() + (typmod.isEmpty() ? "(1)" : typmod);
            case "Timestamp", "Timestamptz", "Time", "Timetz" -> {
                int space = n.text().indexOf(' ');
                yield n.text().substring(0, space) + typmod + n.text().substring(space);
            }
            default -> n.text() + typmod;
        };
        return new ColumnType(scalar, name, text, n.castName(), text);
    }

    private static List<Integer> arguments(Attribute attribute, int max, String fieldName) throws PrismaException {
        List<Integer> values = new ArrayList<>();
        for (Argument a : attribute.arguments()) {
            if (!(a.value() instanceof Ast.Number number) || !WHOLE.matcher(number.value()).matches()) {
                throw new PrismaException(a.position(), "@" + attribute.name() + " takes whole numbers (field "
                        + fieldName + "), e.g. @" + attribute.name() + "(" + (max == 2 ? "10, 2" : "255") + ")");
            }
            values.add(Integer.parseInt(number.value()));
        }
        if (values.size() > max || max == 2 && values.size() == 1) {
            throw new PrismaException(attribute.position(), "@" + attribute.name() + " takes "
                    + (max == 0 ? "no arguments" : max == 1 ? "at most one argument" : "no arguments or two")
                    + " (field " + fieldName + "); write @" + attribute.name() + (max == 0 ? "" : max == 2 ? "(10, 2)" : "(255)"));
        }
        return values;
    }

    private static String namesFor(Scalar scalar) {
        return String.join(", ", NATIVE.entrySet().stream()
                .filter(e -> e.getValue().scalar() == scalar).map(e -> "@db." + e.getKey()).toList());
    }

    private static String suggestion(String name) {
        return dev.dbmirror.schema.text.Suggestions.closest(name, NATIVE.keySet())
                .map(s -> " (did you mean @db." + s + "?)").orElse("");
    }

    /**
     * The type an {@code Unsupported("…")} field has: the text as written, lower case, with the
     * spellings PostgreSQL prints differently ({@code int4}, {@code varchar(10)}) turned into its own.
     */
    static ColumnType unsupported(String text) {
        String lower = text.trim().toLowerCase(Locale.ROOT);
        String base = lower.contains("(") ? lower.substring(0, lower.indexOf('(')).trim() : lower;
        String typmod = lower.contains("(") ? lower.substring(lower.indexOf('(')).replace(" ", "") : "";
        String canonical = switch (base) {
            case "int", "int4" -> "integer";
            case "int2" -> "smallint";
            case "int8" -> "bigint";
            case "float8" -> "double precision";
            case "float4" -> "real";
            case "bool" -> "boolean";
            case "varchar" -> "character varying";
            case "char", "bpchar" -> "character";
            case "decimal" -> "numeric";
            case "timestamptz" -> "timestamp with time zone";
            case "timetz" -> "time with time zone";
            case "varbit" -> "bit varying";
            default -> base;
        };
        String printed = canonical + typmod;
        return new ColumnType(null, null, printed, null, printed);
    }

    /** An enum column's type: {@code schema.name} in the mirror, {@code "Name"} (qualified outside public) in a default. */
    static ColumnType enumType(String schema, String name) {
        String reference = PostgresText.reference(schema, name);
        return new ColumnType(null, null, schema + "." + name, reference, reference);
    }
}
