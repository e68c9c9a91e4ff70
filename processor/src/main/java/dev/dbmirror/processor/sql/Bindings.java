package dev.dbmirror.processor.sql;

import dev.dbmirror.processor.javatype.JavaType;
import dev.dbmirror.processor.javatype.JavaType.ArrayType;
import dev.dbmirror.processor.javatype.JavaType.ClassType;
import dev.dbmirror.processor.javatype.JavaType.Parameterized;
import dev.dbmirror.processor.javatype.JavaType.Primitive;
import dev.dbmirror.processor.javatype.TypeText;
import dev.dbmirror.processor.sql.ValueBinding.Kind;
import dev.dbmirror.schema.model.Domain;
import dev.dbmirror.schema.model.Mirror;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the {@link ValueBinding} of a column from its Java type and its database type (a domain counts as
 * its base type).
 */
final class Bindings {

    /** The text types, which bind with {@code setString}; every other type bound from a String is untyped. */
    private static final Set<String> TEXT_TYPES = Set.of("text", "character varying", "varchar", "character", "bpchar");

    /** Type names as format_type prints them → the names PostgreSQL keeps in pg_type, which createArrayOf takes. */
    private static final Map<String, String> INTERNAL_NAMES = Map.ofEntries(
            Map.entry("smallint", "int2"), Map.entry("integer", "int4"), Map.entry("bigint", "int8"),
            Map.entry("real", "float4"), Map.entry("double precision", "float8"), Map.entry("boolean", "bool"),
            Map.entry("decimal", "numeric"), Map.entry("character varying", "varchar"), Map.entry("character", "bpchar"),
            Map.entry("\"char\"", "char"), Map.entry("bit varying", "varbit"),
            Map.entry("timestamp without time zone", "timestamp"), Map.entry("timestamp with time zone", "timestamptz"),
            Map.entry("time without time zone", "time"), Map.entry("time with time zone", "timetz"));

    private static final JavaType BYTES = new ArrayType(Primitive.BYTE);
    private static final ClassType STRING = ClassType.of("java.lang", "String");
    private static final ClassType BIG_DECIMAL = ClassType.of("java.math", "BigDecimal");

    private final Map<String, Domain> domains = new HashMap<>();
    private final Set<JavaType> enums;

    /** @param enums the generated enum classes of the domain */
    Bindings(Mirror mirror, Set<JavaType> enums) {
        this.enums = Set.copyOf(enums);
        Map<String, Integer> bareNames = new HashMap<>();
        mirror.domains().forEach(d -> bareNames.merge(d.name(), 1, Integer::sum));
        mirror.enums().forEach(e -> bareNames.merge(e.name(), 1, Integer::sum));
        mirror.domains().forEach(d -> {
            domains.put(d.qualifiedName(), d);
            if (bareNames.get(d.name()) == 1) {
                domains.put(d.name(), d);
            }
        });
    }

    /** The binding of a value of {@code java} in a column of {@code databaseType}. */
    ValueBinding of(JavaType java, String databaseType) {
        String base = baseType(databaseType);
        if (java instanceof Parameterized list) {
            String elementType = TypeText.isArray(base) ? TypeText.elementOf(base) : base;
            ValueBinding element = of(list.arguments().get(0), elementType);
            return new ValueBinding(Kind.ARRAY, java, arrayTypeName(baseType(elementType), element),
                    Optional.of(element));
        }
        if (enums.contains(java)) {
            return ValueBinding.of(Kind.ENUM, java);
        }
        if (java.equals(STRING)) {
            return ValueBinding.of(TEXT_TYPES.contains(TypeText.withoutModifiers(base)) ? Kind.STRING : Kind.UNTYPED, java);
        }
        if (java.equals(BIG_DECIMAL)) {
            return ValueBinding.of(Kind.DECIMAL, java);
        }
        if (java.equals(BYTES)) {
            return ValueBinding.of(Kind.BYTES, java);
        }
        for (Primitive primitive : Primitive.values()) {
            if (java.equals(primitive) || java.equals(primitive.box())) {
                Optional<Kind> kind = primitiveKind(primitive);
                if (kind.isPresent()) {
                    return ValueBinding.of(kind.get(), java);
                }
            }
        }
        return ValueBinding.of(Kind.OBJECT, java);
    }

    private static Optional<Kind> primitiveKind(Primitive primitive) {
        return switch (primitive) {
            case BOOLEAN -> Optional.of(Kind.BOOLEAN);
            case SHORT -> Optional.of(Kind.SHORT);
            case INT -> Optional.of(Kind.INT);
            case LONG -> Optional.of(Kind.LONG);
            case FLOAT -> Optional.of(Kind.FLOAT);
            case DOUBLE -> Optional.of(Kind.DOUBLE);
            case BYTE, CHAR -> Optional.empty();
        };
    }

    /** The type with every domain replaced by its base type, array brackets kept. */
    private String baseType(String type) {
        if (TypeText.isArray(type)) {
            return baseType(TypeText.elementOf(type)) + "[]";
        }
        Domain domain = domains.get(type.trim());
        return domain == null ? type.trim() : baseType(domain.type());
    }

    /** An enum's element type keeps its (qualified) name; a built-in one goes by its pg_type name. */
    private static String arrayTypeName(String elementType, ValueBinding element) {
        String bare = TypeText.withoutModifiers(elementType);
        return element.kind() == Kind.ENUM ? elementType : INTERNAL_NAMES.getOrDefault(bare, bare);
    }
}
