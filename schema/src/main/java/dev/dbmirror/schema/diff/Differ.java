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

    private static final List<Aspect<EnumType>> ENUM_ASPECTS = List.of(
            new Aspect<>("values", e -> Describe.list(e.values())),
            new Aspect<>("comment", EnumType::comment));
    private static final List<Aspect<Domain>> DOMAIN_ASPECTS = List.of(
            new Aspect<>("type", Domain::type),
            new Aspect<>("nullable", d -> Describe.nullability(d.nullable())),
            new Aspect<>("default", Domain::defaultValue),
            new Aspect<>("checks", d -> Describe.checks(d.checks())),
            new Aspect<>("comment", Domain::comment));
    private static final List<Aspect<Table>> TABLE_ASPECTS = List.of(
            new Aspect<>("kind", t -> t.kind().json()),
            new Aspect<>("comment", Table::comment));
    private static final List<Aspect<Column>> COLUMN_ASPECTS = List.of(
            new Aspect<>("type", Column::type),
            new Aspect<>("nullable", c -> Describe.nullability(c.nullable())),
            new Aspect<>("default", Column::defaultValue),
            new Aspect<>("identity", c -> Describe.identity(c.identity())),
            new Aspect<>("generated", Column::generated),
            new Aspect<>("comment", Column::comment));

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
            aspects(ObjectKind.ENUM, subject, null, p, ENUM_ASPECTS);
        }
    }

    private void domain(Pair<Domain> p) {
        String subject = p.any().qualifiedName();
        if (whole(p, ObjectKind.DOMAIN, subject, null, Describe::domain)) {
            aspects(ObjectKind.DOMAIN, subject, null, p, DOMAIN_ASPECTS);
        }
    }

    private void table(Pair<Table> p) {
        String table = p.any().qualifiedName();
        if (!whole(p, ObjectKind.TABLE, table, table, Describe::table)) {
            return;
        }
        aspects(ObjectKind.TABLE, table, table, p, TABLE_ASPECTS);
        Table x = p.before;
        Table y = p.after;
        for (Pair<Column> c : pairs(x.columns(), y.columns(), Column::name)) {
            column(table, c);
        }
        constraints(table, ObjectKind.PRIMARY_KEY, listOf(x.primaryKey()), listOf(y.primaryKey()), Key::name,
                k -> Describe.list(k.columns()));
        constraints(table, ObjectKind.UNIQUE, x.uniques(), y.uniques(), Key::name, k -> Describe.list(k.columns()));
        constraints(table, ObjectKind.FOREIGN_KEY, x.foreignKeys(), y.foreignKeys(), ForeignKey::name, Describe::foreignKey);
        constraints(table, ObjectKind.CHECK, x.checks(), y.checks(), Check::name, Check::expression);
        constraints(table, ObjectKind.INDEX, x.indexes(), y.indexes(), Index::name, Describe::index);
    }

    private void column(String table, Pair<Column> p) {
        String subject = table + "." + p.any().name();
        if (whole(p, ObjectKind.COLUMN, subject, table, Describe::column)) {
            aspects(ObjectKind.COLUMN, subject, table, p, COLUMN_ASPECTS);
        }
    }

    /**
     * Keys, constraints and indexes: matched by name (a renamed one is removed and added), compared by
     * their description; for keys and uniques that is their column list.
     */
    private <T> void constraints(String table, ObjectKind object, List<T> before, List<T> after,
                                 Function<T, String> name, Function<T, String> describe) {
        for (Pair<T> p : sortedPairs(before, after, name, Comparator.comparing(name))) {
            String subject = table + "." + name.apply(p.any());
            String aspect = object == ObjectKind.PRIMARY_KEY || object == ObjectKind.UNIQUE ? "columns" : null;
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

    private <T> void aspects(ObjectKind object, String subject, String table, Pair<T> p, List<Aspect<T>> aspects) {
        for (Aspect<T> a : aspects) {
            aspect(object, subject, table, a.name(), a.value().apply(p.before), a.value().apply(p.after));
        }
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

    private static <T> List<T> listOf(T itemOrNull) {
        return itemOrNull == null ? List.of() : List.of(itemOrNull);
    }

    private static <T> List<Pair<T>> sortedPairs(List<T> before, List<T> after, Function<T, String> key,
                                                 Comparator<T> order) {
        List<Pair<T>> pairs = pairs(before, after, key);
        pairs.sort(Comparator.comparing(Pair::any, order));
        return pairs;
    }

    /** One compared property of an object: its name in a {@link Change} and its text ({@code null} when not set). */
    private record Aspect<T>(String name, Function<T, String> value) {
    }

    /** The same object in both mirrors; one side is {@code null} when it exists in only one. */
    private record Pair<T>(T before, T after) {

        T any() {
            return after != null ? after : before;
        }
    }
}
