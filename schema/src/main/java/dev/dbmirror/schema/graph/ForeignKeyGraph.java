package dev.dbmirror.schema.graph;

import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Index;
import dev.dbmirror.schema.model.Key;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The relationships of a mirror, looked up from either end: a table's keys to other tables and the
 * keys of other tables to it. Keys to tables outside the mirror (which a valid mirror has not) are
 * left out.
 */
public final class ForeignKeyGraph {

    private static final Comparator<Relationship> BY_CHILD_THEN_KEY = Comparator
            .comparing((Relationship r) -> r.child().schema())
            .thenComparing(r -> r.child().name())
            .thenComparing(r -> r.key().name());

    private final Map<String, List<Relationship>> outgoing = new HashMap<>();
    private final Map<String, List<Relationship>> incoming = new HashMap<>();

    private ForeignKeyGraph() {
    }

    public static ForeignKeyGraph of(Mirror mirror) {
        Map<String, Table> byName = new HashMap<>();
        for (Table table : mirror.tables()) {
            byName.put(table.qualifiedName(), table);
        }
        ForeignKeyGraph graph = new ForeignKeyGraph();
        for (Table table : mirror.tables()) {
            for (ForeignKey key : table.foreignKeys()) {
                Table parent = byName.get(key.references().qualifiedTable());
                if (parent != null) {
                    Relationship relationship = new Relationship(table, key, parent, isUnique(table, key.columns()),
                            isOptional(table, key));
                    graph.outgoing.computeIfAbsent(table.qualifiedName(), t -> new ArrayList<>()).add(relationship);
                    graph.incoming.computeIfAbsent(parent.qualifiedName(), t -> new ArrayList<>()).add(relationship);
                }
            }
        }
        graph.outgoing.values().forEach(list -> list.sort(Comparator.comparing(r -> r.key().name())));
        graph.incoming.values().forEach(list -> list.sort(BY_CHILD_THEN_KEY));
        return graph;
    }

    /** The table's foreign keys, by name. */
    public List<Relationship> outgoing(Table table) {
        return outgoing.getOrDefault(table.qualifiedName(), List.of());
    }

    /** The foreign keys that reference the table (its own self-references included), by table and name. */
    public List<Relationship> incoming(Table table) {
        return incoming.getOrDefault(table.qualifiedName(), List.of());
    }

    /** The tables one foreign key away, in either direction, without the table itself. */
    public Set<String> neighbours(Table table) {
        Set<String> names = new HashSet<>();
        outgoing(table).forEach(r -> names.add(r.parent().qualifiedName()));
        incoming(table).forEach(r -> names.add(r.child().qualifiedName()));
        names.remove(table.qualifiedName());
        return names;
    }

    /** Whether the columns, as a set, are the table's primary key, a unique constraint or a plain unique index. */
    public static boolean isUnique(Table table, List<String> columns) {
        Set<String> wanted = Set.copyOf(columns);
        List<Key> keys = new ArrayList<>(table.uniques());
        if (table.primaryKey() != null) {
            keys.add(table.primaryKey());
        }
        for (Key key : keys) {
            if (key.columns().size() == columns.size() && Set.copyOf(key.columns()).equals(wanted)) {
                return true;
            }
        }
        for (Index index : table.indexes()) {
            boolean partial = index.definition() != null && index.definition().contains(" WHERE ");
            if (index.unique() && !partial && index.columns().size() == columns.size()
                    && Set.copyOf(index.columns()).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOptional(Table table, ForeignKey key) {
        for (String name : key.columns()) {
            if (table.column(name).map(Column::nullable).orElse(true)) {
                return true;
            }
        }
        return false;
    }
}
