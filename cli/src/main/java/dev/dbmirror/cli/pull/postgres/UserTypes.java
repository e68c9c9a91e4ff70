package dev.dbmirror.cli.pull.postgres;

import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.Domain;
import dev.dbmirror.schema.model.Table;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which enums and domains belong in the mirror: those of the pulled schemas, and those of other
 * schemas that a pulled column or kept domain uses (so every qualified column type is declared).
 */
final class UserTypes {

    private final Set<String> schemas;
    private final Set<String> used;

    private UserTypes(Set<String> schemas, Set<String> used) {
        this.schemas = schemas;
        this.used = used;
    }

    static UserTypes usedBy(List<Table> tables, List<Domain> domains, List<String> schemas) {
        Map<String, Domain> byName = domains.stream().collect(Collectors.toMap(Domain::qualifiedName, Function.identity()));
        Deque<String> pending = new ArrayDeque<>();
        tables.stream().flatMap(t -> t.columns().stream()).map(Column::type).map(UserTypes::elementType).forEach(pending::add);
        domains.stream().filter(d -> schemas.contains(d.schema())).map(Domain::type).map(UserTypes::elementType)
                .forEach(pending::add);
        Set<String> used = new HashSet<>();
        while (!pending.isEmpty()) {
            String type = pending.pop();
            if (used.add(type) && byName.containsKey(type)) {
                pending.add(elementType(byName.get(type).type()));
            }
        }
        return new UserTypes(Set.copyOf(schemas), used);
    }

    boolean keeps(String schema, String qualifiedName) {
        return schemas.contains(schema) || used.contains(qualifiedName);
    }

    private static String elementType(String type) {
        String element = type;
        while (element.endsWith("[]")) {
            element = element.substring(0, element.length() - 2);
        }
        return element;
    }
}
