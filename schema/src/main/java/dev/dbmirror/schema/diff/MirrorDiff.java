package dev.dbmirror.schema.diff;

import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The differences between two mirrors, {@code before} (e.g. the committed file) and {@code after}
 * (e.g. the live database). Both are canonicalized first, so differences of order alone never
 * show. Changes come in a fixed order: enums, domains, then tables by (schema, name).
 */
public final class MirrorDiff {

    private final List<Change> changes;
    private final List<String> tables;

    private MirrorDiff(List<Change> changes, List<String> tables) {
        this.changes = changes;
        this.tables = tables;
    }

    /** What changed from {@code before} to {@code after}. */
    public static MirrorDiff between(Mirror before, Mirror after) {
        List<String> tables = Stream.concat(before.tables().stream(), after.tables().stream())
                .map(Table::qualifiedName)
                .collect(Collectors.toCollection(TreeSet::new))
                .stream().toList();
        return new MirrorDiff(Differ.changes(before, after), tables);
    }

    public List<Change> changes() {
        return changes;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The qualified names of all tables in either mirror, sorted. */
    public List<String> tables() {
        return tables;
    }

    /** How the table {@code schema.name} differs. */
    public TableStatus tableStatus(String qualifiedTable) {
        List<Change> own = changesOf(qualifiedTable);
        if (own.isEmpty()) {
            return TableStatus.UNCHANGED;
        }
        Change first = own.get(0);
        if (first.object() == ObjectKind.TABLE && first.kind() == ChangeKind.ADDED) {
            return TableStatus.ADDED;
        }
        if (first.object() == ObjectKind.TABLE && first.kind() == ChangeKind.REMOVED) {
            return TableStatus.REMOVED;
        }
        return TableStatus.CHANGED;
    }

    /** Tables only in the second mirror, sorted. */
    public List<String> addedTables() {
        return tablesWith(TableStatus.ADDED);
    }

    /** Tables only in the first mirror, sorted. */
    public List<String> removedTables() {
        return tablesWith(TableStatus.REMOVED);
    }

    /** Tables in both mirrors that differ, sorted. */
    public List<String> changedTables() {
        return tablesWith(TableStatus.CHANGED);
    }

    /** Tables in both mirrors without differences, sorted. */
    public List<String> unchangedTables() {
        return tablesWith(TableStatus.UNCHANGED);
    }

    /** The changes of one table (the table itself, its columns, keys, constraints and indexes). */
    public List<Change> changesOf(String qualifiedTable) {
        return changes.stream().filter(c -> qualifiedTable.equals(c.table())).toList();
    }

    /** Changes grouped by table, in table order; enums and domains are not in it. */
    public Map<String, List<Change>> byTable() {
        Map<String, List<Change>> groups = new LinkedHashMap<>();
        changes.stream().filter(c -> c.table() != null)
                .forEach(c -> groups.computeIfAbsent(c.table(), t -> new ArrayList<>()).add(c));
        groups.replaceAll((table, list) -> List.copyOf(list));
        return groups;
    }

    /** Changes of enums and domains. */
    public List<Change> typeChanges() {
        return changes.stream().filter(c -> c.table() == null).toList();
    }

    /** The readable rendering, one line per change, table changes indented under {@code ~ schema.table}; empty when equal. */
    public String toText() {
        return DiffText.render(this);
    }

    /** The machine rendering: {@code {"changes": [...], "tables": {"added": [...], "removed": [...], "changed": [...], "unchanged": [...]}}}. */
    public String toJson() {
        return DiffJson.render(this);
    }

    private List<String> tablesWith(TableStatus status) {
        return tables.stream().filter(t -> tableStatus(t) == status).toList();
    }
}
