package dev.dbmirror.schema.ddl;

import dev.dbmirror.schema.model.Domain;
import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Key;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The order in which a mirror's relations can be created one after the other, and where each
 * foreign key goes. A table comes after the tables it references; among the tables that may come
 * next, the first by (schema, name). When only tables of a reference cycle are left, the one with
 * the fewest references to tables not yet created goes next (ties by name), and its keys to those
 * tables are added later, as {@code ALTER TABLE}, once the referenced table exists.
 */
public final class LoadOrder {

    /** Where a foreign key is created. */
    public enum Placement {
        /** In its table's {@code CREATE TABLE}: the referenced table exists by then (or is the table itself, by a key constraint). */
        INLINE,
        /** As {@code ALTER TABLE … ADD CONSTRAINT} after the script of {@link #addedAfter}. */
        DEFERRED
    }

    /** A foreign key of {@code table} that is created after {@code addedAfter} (the later of the two tables). */
    public record DeferredKey(Table table, ForeignKey key, Table addedAfter) {
    }

    private static final Comparator<Table> BY_NAME = Comparator.comparing(Table::schema).thenComparing(Table::name);

    private final List<Table> tables;
    private final Map<String, List<DeferredKey>> deferredAfter;
    private final Set<String> deferred;

    private LoadOrder(List<Table> tables, Map<String, List<DeferredKey>> deferredAfter, Set<String> deferred) {
        this.tables = tables;
        this.deferredAfter = deferredAfter;
        this.deferred = deferred;
    }

    public static LoadOrder of(Mirror mirror) {
        Map<String, Table> byName = new HashMap<>();
        for (Table table : mirror.tables()) {
            byName.put(table.qualifiedName(), table);
        }
        Map<String, Set<String>> waitingFor = new HashMap<>();
        Map<String, List<String>> referencedBy = new HashMap<>();
        for (Table table : mirror.tables()) {
            Set<String> targets = new HashSet<>();
            for (ForeignKey key : table.foreignKeys()) {
                String target = key.references().qualifiedTable();
                if (byName.containsKey(target) && !target.equals(table.qualifiedName()) && targets.add(target)) {
                    referencedBy.computeIfAbsent(target, t -> new ArrayList<>()).add(table.qualifiedName());
                }
            }
            waitingFor.put(table.qualifiedName(), targets);
        }
        Comparator<String> byTableName = Comparator.comparing((String name) -> byName.get(name), BY_NAME);
        TreeSet<String> ready = new TreeSet<>(byTableName);
        TreeSet<String> blocked = new TreeSet<>(byTableName);
        for (Table table : mirror.tables()) {
            (waitingFor.get(table.qualifiedName()).isEmpty() ? ready : blocked).add(table.qualifiedName());
        }
        List<Table> order = new ArrayList<>(mirror.tables().size());
        while (!ready.isEmpty() || !blocked.isEmpty()) {
            String next = ready.isEmpty() ? leastBlocked(blocked, waitingFor) : ready.pollFirst();
            blocked.remove(next);
            order.add(byName.get(next));
            for (String waiting : referencedBy.getOrDefault(next, List.of())) {
                Set<String> pending = waitingFor.get(waiting);
                if (pending.remove(next) && pending.isEmpty() && blocked.remove(waiting)) {
                    ready.add(waiting);
                }
            }
        }
        return place(order, byName);
    }

    /** The table of a cycle to create first: fewest references to tables not yet created, then by name. */
    private static String leastBlocked(TreeSet<String> blocked, Map<String, Set<String>> waitingFor) {
        String best = null;
        for (String table : blocked) {
            if (best == null || waitingFor.get(table).size() < waitingFor.get(best).size()) {
                best = table;
            }
        }
        return Objects.requireNonNull(best);
    }

    private static LoadOrder place(List<Table> order, Map<String, Table> byName) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i).qualifiedName(), i);
        }
        Map<String, List<DeferredKey>> after = new HashMap<>();
        Set<String> deferred = new HashSet<>();
        for (Table table : order) {
            int own = position.get(table.qualifiedName());
            for (ForeignKey key : table.foreignKeys()) {
                Integer target = position.get(key.references().qualifiedTable());
                if (target == null) {
                    continue;
                }
                boolean inline = target == own ? referencesKeyConstraint(table, key) : target < own;
                if (!inline) {
                    Table later = order.get(Math.max(target, own));
                    after.computeIfAbsent(later.qualifiedName(), t -> new ArrayList<>()).add(new DeferredKey(table, key, later));
                    deferred.add(keyId(table, key));
                }
            }
        }
        return new LoadOrder(List.copyOf(order), after, deferred);
    }

    private static String keyId(Table table, ForeignKey key) {
        return table.qualifiedName() + '\u0000' + key.name();
    }

    /**
     * Whether a key of a table to itself names the columns of its primary key or a unique constraint,
     * which {@code CREATE TABLE} makes before it checks the key; a unique index comes only later.
     */
    private static boolean referencesKeyConstraint(Table table, ForeignKey key) {
        List<String> columns = key.references().columns();
        Set<String> wanted = Set.copyOf(columns);
        List<Key> keys = new ArrayList<>(table.uniques());
        if (table.primaryKey() != null) {
            keys.add(table.primaryKey());
        }
        return keys.stream().anyMatch(k -> k.columns().size() == columns.size() && Set.copyOf(k.columns()).equals(wanted));
    }

    /** The relations in an order they can be created in. */
    public List<Table> tables() {
        return tables;
    }

    /** Where a foreign key of one of the mirror's tables is created. */
    public Placement placement(Table table, ForeignKey key) {
        return deferred.contains(keyId(table, key)) ? Placement.DEFERRED : Placement.INLINE;
    }

    /** The foreign keys to add once this table's script has run (keys of it or of earlier tables, by table and name). */
    public List<DeferredKey> deferredAfter(Table table) {
        return deferredAfter.getOrDefault(table.qualifiedName(), List.of());
    }

    /** The deferred keys of this table, wherever they are added. */
    public List<DeferredKey> deferredOf(Table table) {
        List<DeferredKey> keys = new ArrayList<>();
        for (List<DeferredKey> list : deferredAfter.values()) {
            for (DeferredKey key : list) {
                if (key.table().qualifiedName().equals(table.qualifiedName())) {
                    keys.add(key);
                }
            }
        }
        keys.sort(Comparator.comparing(k -> k.key().name()));
        return keys;
    }

    /**
     * Domains in an order they can be created in: one over another domain (or an array of it) after
     * that one; otherwise by (schema, name).
     */
    public static List<Domain> domains(List<Domain> domains) {
        Map<String, Domain> byName = new HashMap<>();
        for (Domain domain : domains) {
            byName.put(domain.qualifiedName(), domain);
        }
        List<Domain> sorted = new ArrayList<>(domains);
        sorted.sort(Comparator.comparing(Domain::schema).thenComparing(Domain::name));
        List<Domain> order = new ArrayList<>();
        Set<Domain> visiting = new HashSet<>();
        for (Domain domain : sorted) {
            visit(domain, byName, visiting, order);
        }
        return order;
    }

    private static void visit(Domain domain, Map<String, Domain> byName, Set<Domain> visiting, List<Domain> order) {
        if (order.contains(domain) || !visiting.add(domain)) {
            return; // a cycle cannot exist in a database; a hand-written one is cut here
        }
        String base = domain.type();
        while (base.endsWith("[]")) {
            base = base.substring(0, base.length() - 2);
        }
        Domain over = byName.get(base);
        if (over != null) {
            visit(over, byName, visiting, order);
        }
        order.add(domain);
    }
}
