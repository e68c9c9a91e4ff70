package dev.dbmirror.processor.plan;

import dev.dbmirror.processor.diagnostics.Message;
import dev.dbmirror.processor.diagnostics.Position;
import dev.dbmirror.processor.diagnostics.Reporter;
import dev.dbmirror.processor.javatype.JavaType;
import dev.dbmirror.processor.javatype.JavaType.ClassType;
import dev.dbmirror.processor.javatype.JavaType.Parameterized;
import dev.dbmirror.processor.javatype.TypeText;
import dev.dbmirror.processor.options.TypeOverride;
import dev.dbmirror.schema.model.Domain;
import dev.dbmirror.schema.model.Mirror;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A column's database type → its Java type. In this order: a column override; a type override
 * on the exact type text, then on the text without modifiers; an array's element type, as
 * {@code List<T>}; an enum of the mirror; a domain, as its base type; the catalog. User-defined
 * types may be written qualified ({@code public.order_status}) or, when the name is unique, bare.
 * A type none of these knows (an extension's, such as {@code geometry}) is a {@code String} in its text
 * form, remembered for one note; with {@code strictTypes} it is an error for each column.
 */
final class TypeResolver {

    private static final ClassType LIST = ClassType.of("java.util", "List");
    private static final ClassType STRING = ClassType.of("java.lang", "String");

    private final Map<String, TypeOverride> columnOverrides;
    private final Map<String, TypeOverride> typeOverrides;
    private final Map<String, ClassType> enums = new HashMap<>();
    private final Map<String, Domain> domains = new HashMap<>();
    /** Types resolved before: a big mirror has thousands of columns but a few dozen distinct types. */
    private final Map<String, JavaType> resolved = new HashMap<>();
    /** Column type text → the unknown type in it, without modifiers ({@code geometry(Point,4326)[]} → {@code geometry}). */
    private final Map<String, String> unknownIn = new HashMap<>();
    /** The unknown type met while resolving one column type text; null when there was none. */
    private String unknownInLastType;
    /** {@code schema.table.column (type)} of each column that got an unknown type as a String, in mirror order. */
    private final List<String> unknownColumns = new ArrayList<>();
    /** The first unknown type, for the note's example override. */
    private String firstUnknownType;
    private final boolean strictTypes;
    private final Reporter reporter;

    /**
     * @param columnOverrides {@code schema.table.column} → override
     * @param typeOverrides   {@linkplain TypeText#normalized normalized} type text → override
     * @param enumClasses     qualified enum name → generated enum
     */
    TypeResolver(Mirror mirror, Map<String, TypeOverride> columnOverrides, Map<String, TypeOverride> typeOverrides,
                 Map<String, ClassType> enumClasses, boolean strictTypes, Reporter reporter) {
        this.columnOverrides = columnOverrides;
        this.strictTypes = strictTypes;
        this.typeOverrides = typeOverrides;
        this.reporter = reporter;
        Map<String, Integer> bareNames = new HashMap<>();
        mirror.enums().forEach(e -> bareNames.merge(e.name(), 1, Integer::sum));
        mirror.domains().forEach(d -> bareNames.merge(d.name(), 1, Integer::sum));
        mirror.enums().forEach(e -> {
            ClassType java = enumClasses.get(e.qualifiedName());
            enums.put(e.qualifiedName(), java);
            if (bareNames.get(e.name()) == 1) {
                enums.put(e.name(), java);
            }
        });
        mirror.domains().forEach(d -> {
            domains.put(d.qualifiedName(), d);
            if (bareNames.get(d.name()) == 1) {
                domains.put(d.name(), d);
            }
        });
    }

    /** The Java type of a column; empty after reporting why there is none, at the position {@code at} supplies. */
    Optional<JavaType> resolve(String qualifiedColumn, String type, Supplier<Position> at) {
        TypeOverride override = columnOverrides.get(qualifiedColumn);
        if (override != null) {
            return Optional.of(override.type());
        }
        JavaType known = resolved.get(type);
        if (known == null) {
            // a type that cannot be resolved is not remembered, so that each of its columns is reported
            unknownInLastType = null;
            Optional<JavaType> java = resolve(qualifiedColumn, type, at, new ArrayList<>());
            if (java.isEmpty()) {
                return java;
            }
            known = java.get();
            resolved.put(type, known);
            if (unknownInLastType != null) {
                unknownIn.put(type, unknownInLastType);
            }
        }
        String unknown = unknownIn.get(type);
        if (unknown != null) {
            unknownColumns.add(qualifiedColumn + " (" + type + ")");
            if (firstUnknownType == null) {
                firstUnknownType = unknown;
            }
        }
        return Optional.of(known);
    }

    private Optional<JavaType> resolve(String qualifiedColumn, String type, Supplier<Position> at,
                                       List<String> domainChain) {
        for (String form : TypeText.forms(type)) {
            TypeOverride override = typeOverrides.get(form);
            if (override != null) {
                return Optional.of(override.type());
            }
        }
        if (TypeText.isArray(type)) {
            return resolve(qualifiedColumn, TypeText.elementOf(type), at, domainChain)
                    .map(element -> new Parameterized(LIST, List.of(element.box())));
        }
        String name = type.trim();
        ClassType enumClass = enums.get(name);
        if (enumClass != null) {
            return Optional.of(enumClass);
        }
        Domain domain = domains.get(name);
        if (domain != null) {
            if (domainChain.contains(domain.qualifiedName())) {
                domainChain.add(domain.qualifiedName());
                reporter.report(Message.DOMAIN_CYCLE, at.get(), domain.qualifiedName(), String.join(" -> ", domainChain));
                return Optional.empty();
            }
            domainChain.add(domain.qualifiedName());
            return resolve(qualifiedColumn, domain.type(), at, domainChain);
        }
        Optional<JavaType> builtIn = TypeCatalog.lookup(type);
        if (builtIn.isPresent()) {
            return builtIn;
        }
        if (strictTypes) {
            reporter.report(Message.UNKNOWN_TYPE, at.get(), qualifiedColumn, type, TypeText.withoutModifiers(type));
            return Optional.empty();
        }
        unknownInLastType = TypeText.withoutModifiers(type);
        return Optional.of(STRING);
    }

    /** Reports the one note that lists the columns of unknown types; nothing when there were none. */
    void reportUnknownTypes(Position at) {
        if (!unknownColumns.isEmpty()) {
            reporter.report(Message.UNKNOWN_TYPES_AS_TEXT, at, String.join(", ", unknownColumns), firstUnknownType);
        }
    }
}
