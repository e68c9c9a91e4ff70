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
 * Built-in database types → Java types (design.md, "Type catalog"; docs/processor.md lists each with its
 * JDBC binding), keyed by the type text without modifiers: every base, range and multirange type of
 * PostgreSQL's {@code pg_catalog} as {@code format_type} prints it, their internal aliases ({@code int4},
 * {@code timestamptz}, …) and the generic names of hand-authored mirrors. A type whose exact value has no
 * Java type of its own is a {@code String} in PostgreSQL's text form, which the server reads back as the
 * same value. Primitive types are boxed by the planner when nullable.
 */
public final class TypeCatalog {

    private static final Map<String, JavaType> TYPES = new HashMap<>();

    static {
        map(ClassType.of("java.util", "UUID"), "uuid");
        map(ClassType.of("java.lang", "String"), "text", "character varying", "varchar", "character", "char", "bpchar",
                "name", "citext", "string",
                // interval: java.time.Duration cannot hold '1 mon' (a month has no fixed length)
                "interval", "json", "jsonb", "jsonpath", "xml", "money",
                "inet", "cidr", "macaddr", "macaddr8",
                "bit", "bit varying", "varbit", "tsvector", "tsquery", "gtsvector",
                "point", "line", "lseg", "box", "path", "polygon", "circle",
                "int4range", "int8range", "numrange", "daterange", "tsrange", "tstzrange",
                "int4multirange", "int8multirange", "nummultirange", "datemultirange", "tsmultirange", "tstzmultirange",
                "\"char\"", "regclass", "regcollation", "regconfig", "regdictionary", "regnamespace", "regoper",
                "regoperator", "regproc", "regprocedure", "regrole", "regtype",
                "pg_lsn", "pg_snapshot", "txid_snapshot", "xid", "xid8", "cid", "tid", "aclitem", "refcursor",
                "int2vector", "oidvector", "pg_node_tree", "pg_ndistinct", "pg_dependencies", "pg_mcv_list",
                "pg_brin_bloom_summary", "pg_brin_minmax_multi_summary");
        map(Primitive.BOOLEAN, "boolean", "bool");
        map(Primitive.SHORT, "smallint", "int2");
        map(Primitive.INT, "integer", "int", "int4");
        // oid is an unsigned 32-bit number: an int would turn its upper half negative
        map(Primitive.LONG, "bigint", "int8", "oid");
        map(ClassType.of("java.math", "BigDecimal"), "numeric", "decimal");
        map(Primitive.FLOAT, "real", "float4", "float");
        map(Primitive.DOUBLE, "double precision", "float8", "double");
        map(ClassType.of("java.time", "LocalDate"), "date");
        map(ClassType.of("java.time", "LocalTime"), "time", "time without time zone");
        map(ClassType.of("java.time", "OffsetTime"), "time with time zone", "timetz");
        map(ClassType.of("java.time", "LocalDateTime"), "timestamp", "timestamp without time zone");
        map(ClassType.of("java.time", "OffsetDateTime"), "timestamp with time zone", "timestamptz");
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
