package dev.dbmirror.processor.plan;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
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

    private static final Map<String, TypeName> TYPES = new HashMap<>();

    static {
        map(ClassName.get("java.util", "UUID"), "uuid");
        map(ClassName.get(String.class), "text", "character varying", "varchar", "character", "char", "bpchar",
                "citext", "string", "json", "jsonb");
        map(TypeName.BOOLEAN, "boolean", "bool");
        map(TypeName.SHORT, "smallint", "int2");
        map(TypeName.INT, "integer", "int", "int4");
        map(TypeName.LONG, "bigint", "int8");
        map(ClassName.get("java.math", "BigDecimal"), "numeric", "decimal");
        map(TypeName.FLOAT, "real", "float4", "float");
        map(TypeName.DOUBLE, "double precision", "float8", "double");
        map(ClassName.get("java.time", "LocalDate"), "date");
        map(ClassName.get("java.time", "LocalTime"), "time", "time without time zone");
        map(ClassName.get("java.time", "OffsetTime"), "time with time zone", "timetz");
        map(ClassName.get("java.time", "LocalDateTime"), "timestamp", "timestamp without time zone");
        map(ClassName.get("java.time", "OffsetDateTime"), "timestamp with time zone", "timestamptz");
        map(ClassName.get("java.time", "Duration"), "interval");
        map(ArrayTypeName.of(TypeName.BYTE), "bytea", "bytes");
    }

    private TypeCatalog() {
    }

    private static void map(TypeName java, String... databaseNames) {
        List.of(databaseNames).forEach(name -> TYPES.put(name, java));
    }

    /** The Java type of a built-in database type, e.g. {@code character varying(255)} → {@code String}. */
    public static Optional<TypeName> lookup(String type) {
        return Optional.ofNullable(TYPES.get(TypeText.withoutModifiers(type)));
    }
}
