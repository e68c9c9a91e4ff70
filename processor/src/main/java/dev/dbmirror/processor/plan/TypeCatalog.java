package dev.dbmirror.processor.plan;

import dev.dbmirror.processor.javatype.JavaType;
import dev.dbmirror.processor.javatype.JavaType.ArrayType;
import dev.dbmirror.processor.javatype.JavaType.ClassType;
import dev.dbmirror.processor.javatype.JavaType.Primitive;
import dev.dbmirror.processor.javatype.TypeText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Built-in database types → Java types (design.md, "Type catalog"), keyed by the type text without
 * modifiers. PostgreSQL names, their internal aliases ({@code int4}, {@code timestamptz}, …) and the
 * generic names of hand-authored mirrors. Primitive types are boxed by the planner when nullable.
 */
public final class TypeCatalog {

    private static final Map<String, JavaType> TYPES = new HashMap<>();

    static {
        map(ClassType.of("java.util", "UUID"), "uuid");
        map(ClassType.of("java.lang", "String"), "text", "character varying", "varchar", "character", "char", "bpchar",
                "citext", "string", "json", "jsonb");
        map(Primitive.BOOLEAN, "boolean", "bool");
        map(Primitive.SHORT, "smallint", "int2");
        map(Primitive.INT, "integer", "int", "int4");
        map(Primitive.LONG, "bigint", "int8");
        map(ClassType.of("java.math", "BigDecimal"), "numeric", "decimal");
        map(Primitive.FLOAT, "real", "float4", "float");
        map(Primitive.DOUBLE, "double precision", "float8", "double");
        map(ClassType.of("java.time", "LocalDate"), "date");
        map(ClassType.of("java.time", "LocalTime"), "time", "time without time zone");
        map(ClassType.of("java.time", "OffsetTime"), "time with time zone", "timetz");
        map(ClassType.of("java.time", "LocalDateTime"), "timestamp", "timestamp without time zone");
        map(ClassType.of("java.time", "OffsetDateTime"), "timestamp with time zone", "timestamptz");
        map(ClassType.of("java.time", "Duration"), "interval");
        map(new ArrayType(Primitive.BYTE), "bytea", "bytes");
    }

    private TypeCatalog() {
    }

    private static void map(JavaType java, String... databaseNames) {
        List.of(databaseNames).forEach(name -> TYPES.put(name, java));
    }

    /** The Java type of a built-in database type, e.g. {@code character varying(255)} → {@code String}. */
    public static Optional<JavaType> lookup(String type) {
        return Optional.ofNullable(TYPES.get(TypeText.withoutModifiers(type)));
    }
}
