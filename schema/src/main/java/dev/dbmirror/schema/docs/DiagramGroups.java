package dev.dbmirror.schema.docs;

import dev.dbmirror.schema.graph.ForeignKeyGraph;
import dev.dbmirror.schema.graph.Relationship;
import dev.dbmirror.schema.model.Table;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the whole-schema ER diagram is cut so that each picture stays readable. One diagram per
 * schema, of its tables (views have no keys to draw). A schema of more than {@link #MAX_TABLES}
 * tables is cut into groups of at most that many related tables:
 * <ol>
 * <li>tables joined by foreign keys within the schema, directly or through other tables, form a
 * connected set;</li>
 * <li>a set larger than the limit is cut breadth first: start at its table with the most foreign
 * keys to and from it (ties: first by name), take the tables one key away, then two, … (each step
 * in name order) until the piece is full or nothing connected is left; repeat on what is left;</li>
 * <li>the sets and pieces (single tables too) are put together, in that order, into groups of up to
 * the limit: one goes into the current group if it fits, else it starts the next.</li>
 * </ol>
 * Each group's diagram shows its tables with their key columns and every foreign key of them; a
 * table of another group (or schema) that one of them references appears as a plain box.
 */
final class DiagramGroups {

    static final int MAX_TABLES = 40;

    /** One diagram: the tables of a schema, or a part of them. */
    record Group(String schema, int part, int parts, List<Table> tables, Table hub) {
    }

    private DiagramGroups() {
    }

    /** The groups of one schema's tables (given in name order). */
    static List<Group> of(String schema, List<Table> tables, ForeignKeyGraph graph) {
        if (tables.isEmpty()) {
            return List.of();
        }
        if (tables.size() <= MAX_TABLES) {
            return List.of(new Group(schema, 1, 1, tables, hub(tables, degrees(tables, graph))));
        }
        Map<String, Integer> degree = degrees(tables, graph);
        List<List<Table>> pieces = new ArrayList<>();
        for (List<Table> set : connectedSets(tables, graph)) {
            if (set.size() > MAX_TABLES) {
                pieces.addAll(cut(set, degree, graph));
            } else {
                pieces.add(set);
            }
        }
        List<List<Table>> chunks = new ArrayList<>();
        List<Table> packed = new ArrayList<>();
        for (List<Table> piece : pieces) {
            if (packed.size() + piece.size() > MAX_TABLES) {
                chunks.add(packed);
                packed = new ArrayList<>();
            }
            packed.addAll(piece);
        }
        if (!packed.isEmpty()) {
            chunks.add(packed);
        }
        List<Group> groups = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            List<Table> chunk = new ArrayList<>(chunks.get(i));
            chunk.sort(SchemaDocs.BY_NAME);
            groups.add(new Group(schema, i + 1, chunks.size(), chunk, hub(chunk, degree)));
        }
        return groups;
    }

    /** The foreign keys of each table to and from other tables of the same schema (self-references not counted). */
    private static Map<String, Integer> degrees(List<Table> tables, ForeignKeyGraph graph) {
        Map<String, Integer> degree = new HashMap<>();
        for (Table table : tables) {
            degree.put(table.qualifiedName(), sameSchema(table, graph).size());
        }
        return degree;
    }

    /** The table with the most foreign keys to and from it; ties to the first by name. */
    private static Table hub(List<Table> tables, Map<String, Integer> degree) {
        Table best = tables.get(0);
        for (Table table : tables) {
            if (degree.get(table.qualifiedName()) > degree.get(best.qualifiedName())) {
                best = table;
            }
        }
        return best;
    }

    /** The relationships between a table and other tables of its schema, both directions, in a fixed order. */
    private static List<Relationship> sameSchema(Table table, ForeignKeyGraph graph) {
        List<Relationship> related = new ArrayList<>();
        for (Relationship r : graph.outgoing(table)) {
            if (!r.selfReference() && r.parent().schema().equals(table.schema())) {
                related.add(r);
            }
        }
        for (Relationship r : graph.incoming(table)) {
            if (!r.selfReference() && r.child().schema().equals(table.schema())) {
                related.add(r);
            }
        }
        return related;
    }

    private static List<Table> neighbours(Table table, ForeignKeyGraph graph, Map<String, Table> among) {
        Set<String> seen = new HashSet<>();
        List<Table> found = new ArrayList<>();
        for (Relationship r : sameSchema(table, graph)) {
            Table other = r.child().qualifiedName().equals(table.qualifiedName()) ? r.parent() : r.child();
            if (among.containsKey(other.qualifiedName()) && seen.add(other.qualifiedName())) {
                found.add(among.get(other.qualifiedName()));
            }
        }
        found.sort(SchemaDocs.BY_NAME);
        return found;
    }

    /** The connected sets, each in name order, ordered by their first table. */
    private static List<List<Table>> connectedSets(List<Table> tables, ForeignKeyGraph graph) {
        Map<String, Table> all = new LinkedHashMap<>();
        tables.forEach(t -> all.put(t.qualifiedName(), t));
        Set<String> placed = new HashSet<>();
        List<List<Table>> sets = new ArrayList<>();
        for (Table start : tables) {
            if (!placed.add(start.qualifiedName())) {
                continue;
            }
            List<Table> set = new ArrayList<>();
            Deque<Table> pending = new ArrayDeque<>(List.of(start));
            while (!pending.isEmpty()) {
                Table table = pending.poll();
                set.add(table);
                for (Table other : neighbours(table, graph, all)) {
                    if (placed.add(other.qualifiedName())) {
                        pending.add(other);
                    }
                }
            }
            set.sort(SchemaDocs.BY_NAME);
            sets.add(set);
        }
        return sets;
    }

    /** A connected set too large for one diagram, cut breadth first from its best-connected remaining table. */
    private static List<List<Table>> cut(List<Table> set, Map<String, Integer> degree, ForeignKeyGraph graph) {
        Map<String, Table> left = new LinkedHashMap<>();
        set.forEach(t -> left.put(t.qualifiedName(), t));
        List<List<Table>> chunks = new ArrayList<>();
        while (!left.isEmpty()) {
            Table start = left.values().stream()
                    .max(Comparator.comparing((Table t) -> degree.get(t.qualifiedName()))
                            .thenComparing(SchemaDocs.BY_NAME.reversed()))
                    .orElseThrow();
            List<Table> chunk = new ArrayList<>();
            Deque<Table> pending = new ArrayDeque<>(List.of(start));
            Set<String> queued = new HashSet<>(Set.of(start.qualifiedName()));
            while (!pending.isEmpty() && chunk.size() < MAX_TABLES) {
                Table table = pending.poll();
                chunk.add(table);
                left.remove(table.qualifiedName());
                for (Table other : neighbours(table, graph, left)) {
                    if (queued.add(other.qualifiedName())) {
                        pending.add(other);
                    }
                }
            }
            chunks.add(chunk);
        }
        return chunks;
    }
}
