package dev.dbmirror.schema.diff;

import dev.dbmirror.schema.io.MirrorWriter;
import dev.dbmirror.schema.model.Check;
import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.Domain;
import dev.dbmirror.schema.model.EnumType;
import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Index;
import dev.dbmirror.schema.model.Key;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Compares two canonicalized mirrors object by object, matching objects by name. Output order:
 * enums, domains, then tables by (schema, name); inside a table its own properties, columns in the
 * second mirror's order (removed columns after them, in the first mirror's order), primary key,
 * uniques, foreign keys, checks and indexes by name.
 */
final class Differ {

    private final List<Change> changes = new ArrayList<>();

    private Differ() {
    }

    static List<Change> changes(Mirror before, Mirror after) {
        Mirror a = MirrorWriter.canonicalize(before);
        Mirror b = MirrorWriter.canonicalize(after);
        Differ differ = new Differ();
        sortedPairs(a.enums(), b.enums(), EnumType::qualifiedName, Comparator.comparing(EnumType::qualifiedName))
                .forEach(differ::enumType);
        sortedPairs(a.domains(), b.domains(), Domain::qualifiedName, Comparator.comparing(Domain::qualifiedName))
                .forEach(differ::domain);
        sortedPairs(a.tables(), b.tables(), Table::qualifiedName,
                Comparator.comparing(Table::schema).thenComparing(Table::name))
                .forEach(differ::table);
        return List.copyOf(differ.changes);
    }

    private void enumType(Pair<EnumType> p) {
        String subject = p.any().qualifiedName();
        if (whole(p, ObjectKind.ENUM, subject, null, e -> Describe.list(e.values()))) {
            aspect(ObjectKind.ENUM, subject, null, "values", Describe.list(p.before.values()), Describe.list(p.after.values()));
            aspect(ObjectKind.ENUM, subject, null, "comment", p.before.comment(), p.after.comment());
        }
    }

    private void domain(Pair<Domain> p) {
        String subject = p.any().qualifiedName();
        if (whole(p, ObjectKind.DOMAIN, subject, null, Describe::domain)) {
            Domain x = p.before;
            Domain y = p.after;
            aspect(ObjectKind.DOMAIN, subject, null, "type", x.type(), y.type());
            aspect(ObjectKind.DOMAIN, subject, null, "nullable", Describe.nullability(x.nullable()), Describe.nullability(y.nullable()));
            aspect(ObjectKind.DOMAIN, subject, null, "default", x.defaultValue(), y.defaultValue());
            aspect(ObjectKind.DOMAIN, subject, null, "checks", Describe.checks(x.checks()), Describe.checks(y.checks()));
            aspect(ObjectKind.DOMAIN, subject, null, "comment", x.comment(), y.comment());
        }
    }

    private void table(Pair<Table> p) {
        String table = p.any().qualifiedName();
        if (!whole(p, ObjectKind.TABLE, table, table, Describe::table)) {
            return;
        }
        Table x = p.before;
        Table y = p.after;
        aspect(ObjectKind.TABLE, table, table, "kind", x.kind().json(), y.kind().json());
        aspect(ObjectKind.TABLE, table, table, "comment", x.comment(), y.comment());
        for (Pair<Column> c : pairs(x.columns(), y.columns(), Column::name)) {
            column(table, c);
        }
        primaryKey(table, x.primaryKey(), y.primaryKey());
        constraints(table, ObjectKind.UNIQUE, x.uniques(), y.uniques(), Key::name, k -> Describe.list(k.columns()));
        constraints(table, ObjectKind.FOREIGN_KEY, x.foreignKeys(), y.foreignKeys(), ForeignKey::name, Describe::foreignKey);
        constraints(table, ObjectKind.CHECK, x.checks(), y.checks(), Check::name, Check::expression);
        constraints(table, ObjectKind.INDEX, x.indexes(), y.indexes(), Index::name, Describe::index);
    }

    private void column(String table, Pair<Column> p) {
        String subject = table + "." + p.any().name();
        if (whole(p, ObjectKind.COLUMN, subject, table, Describe::column)) {
            Column x = p.before;
            Column y = p.after;
            aspect(ObjectKind.COLUMN, subject, table, "type", x.type(), y.type());
            aspect(ObjectKind.COLUMN, subject, table, "nullable", Describe.nullability(x.nullable()), Describe.nullability(y.nullable()));
            aspect(ObjectKind.COLUMN, subject, table, "default", x.defaultValue(), y.defaultValue());
            aspect(ObjectKind.COLUMN, subject, table, "identity", Describe.identity(x.identity()), Describe.identity(y.identity()));
            aspect(ObjectKind.COLUMN, subject, table, "generated", x.generated(), y.generated());
            aspect(ObjectKind.COLUMN, subject, table, "comment", x.comment(), y.comment());
        }
    }

    /** A renamed primary key is a removed one and an added one; the same name with other columns is a change. */
    private void primaryKey(String table, Key x, Key y) {
        List<Key> before = x == null ? List.of() : List.of(x);
        List<Key> after = y == null ? List.of() : List.of(y);
        for (Pair<Key> p : pairs(before, after, Key::name)) {
            String subject = table + "." + p.any().name();
            if (whole(p, ObjectKind.PRIMARY_KEY, subject, table, k -> Describe.list(k.columns()))) {
                aspect(ObjectKind.PRIMARY_KEY, subject, table, "columns",
                        Describe.list(p.before.columns()), Describe.list(p.after.columns()));
            }
        }
    }

    /** Constraints and indexes: matched by name, compared as a whole by their description. */
    private <T> void constraints(String table, ObjectKind object, List<T> before, List<T> after,
                                 Function<T, String> name, Function<T, String> describe) {
        for (Pair<T> p : sortedPairs(before, after, name, Comparator.comparing(name))) {
            String subject = table + "." + name.apply(p.any());
            String aspect = object == ObjectKind.UNIQUE ? "columns" : null;
            if (whole(p, object, subject, table, describe)) {
                aspect(object, subject, table, aspect, describe.apply(p.before), describe.apply(p.after));
            }
        }
    }

    /**
     * Records an added or removed object; returns {@code true} when it is in both mirrors, so its
     * properties are to be compared.
     */
    private <T> boolean whole(Pair<T> p, ObjectKind object, String subject, String table, Function<T, String> describe) {
        if (p.before == null) {
            changes.add(new Change(ChangeKind.ADDED, object, subject, table, null, null, describe.apply(p.after)));
            return false;
        }
        if (p.after == null) {
            changes.add(new Change(ChangeKind.REMOVED, object, subject, table, null, describe.apply(p.before), null));
            return false;
        }
        return true;
    }

    private void aspect(ObjectKind object, String subject, String table, String aspect, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(ChangeKind.CHANGED, object, subject, table, aspect, before, after));
        }
    }

    /** Objects of both lists matched by key: in {@code after}'s order, then those only in {@code before}. */
    private static <T> List<Pair<T>> pairs(List<T> before, List<T> after, Function<T, String> key) {
        Map<String, T> unmatched = new LinkedHashMap<>();
        before.forEach(item -> unmatched.putIfAbsent(key.apply(item), item));
        List<Pair<T>> pairs = new ArrayList<>();
        for (T item : after) {
            pairs.add(new Pair<>(unmatched.remove(key.apply(item)), item));
        }
        unmatched.values().forEach(item -> pairs.add(new Pair<>(item, null)));
        return pairs;
    }

    private static <T> List<Pair<T>> sortedPairs(List<T> before, List<T> after, Function<T, String> key,
                                                 Comparator<T> order) {
        List<Pair<T>> pairs = pairs(before, after, key);
        pairs.sort(Comparator.comparing(Pair::any, order));
        return pairs;
    }

    /** The same object in both mirrors; one side is {@code null} when it exists in only one. */
    private record Pair<T>(T before, T after) {

        T any() {
            return after != null ? after : before;
        }
    }
}
