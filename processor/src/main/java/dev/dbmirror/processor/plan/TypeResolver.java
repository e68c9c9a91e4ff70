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
 */
final class TypeResolver {

    private static final ClassType LIST = ClassType.of("java.util", "List");

    private final Map<String, TypeOverride> columnOverrides;
    private final Map<String, TypeOverride> typeOverrides;
    private final Map<String, ClassType> enums = new HashMap<>();
    private final Map<String, Domain> domains = new HashMap<>();
    /** Types resolved before: a big mirror has thousands of columns but a few dozen distinct types. */
    private final Map<String, JavaType> resolved = new HashMap<>();
    private final Reporter reporter;

    /**
     * @param columnOverrides {@code schema.table.column} → override
     * @param typeOverrides   {@linkplain TypeText#normalized normalized} type text → override
     * @param enumClasses     qualified enum name → generated enum
     */
    TypeResolver(Mirror mirror, Map<String, TypeOverride> columnOverrides, Map<String, TypeOverride> typeOverrides,
                 Map<String, ClassType> enumClasses, Reporter reporter) {
        this.columnOverrides = columnOverrides;
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
        if (known != null) {
            return Optional.of(known);
        }
        // a type that cannot be resolved is not remembered, so that each of its columns is reported
        Optional<JavaType> java = resolve(qualifiedColumn, type, at, new ArrayList<>());
        java.ifPresent(found -> resolved.put(type, found));
        return java;
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
        if (builtIn.isEmpty()) {
            reporter.report(Message.UNKNOWN_TYPE, at.get(), qualifiedColumn, type, TypeText.withoutModifiers(type));
        }
        return builtIn;
    }
}
