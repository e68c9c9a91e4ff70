package dev.dbmirror.schema.migrate;

import static dev.dbmirror.schema.ddl.SqlSyntax.identifier;
import static dev.dbmirror.schema.ddl.SqlSyntax.literal;
import static dev.dbmirror.schema.ddl.SqlSyntax.qualified;

import dev.dbmirror.schema.ddl.LoadOrder;
import dev.dbmirror.schema.ddl.PostgresDdl;
import dev.dbmirror.schema.io.MirrorWriter;
import dev.dbmirror.schema.model.Check;
import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.Domain;
import dev.dbmirror.schema.model.EnumType;
import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Identity;
import dev.dbmirror.schema.model.Index;
import dev.dbmirror.schema.model.Key;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Table;
import dev.dbmirror.schema.model.TableKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Works out the steps that take the live database to the desired mirror, in an order PostgreSQL
 * accepts: schemas, enums and domains; then what goes away or changes shape (foreign keys, indexes,
 * constraints, columns, tables); then what is new (keys and checks of kept tables, new tables,
 * indexes, foreign keys); then comments; last the types no longer used.
 */
final class Planner {

    private final Mirror desired;
    private final Mirror live;
    private final PostgresDdl ddl;
    private final List<Step> steps = new ArrayList<>();

    private Planner(Mirror desired, Mirror live) {
        this.desired = MirrorWriter.canonicalize(desired);
        this.live = MirrorWriter.canonicalize(live);
        this.ddl = new PostgresDdl(this.desired);
    }

    static List<Step> plan(Mirror desired, Mirror live) {
        Planner planner = new Planner(desired, live);
        planner.plan();
        return List.copyOf(planner.steps);
    }

    private void plan() {
        List<Table> kept = new ArrayList<>();
        List<Table> added = new ArrayList<>();
        for (Table table : desired.tables()) {
            Optional<Table> before = live.table(table.schema(), table.name());
            if (before.isEmpty()) {
                added.add(table);
            } else if (isPlain(table) && isPlain(before.get())) {
                kept.add(table);
            } else if (!sameRelation(table, before.get())) {
                steps.add(Step.manual(table.qualifiedName() + " is a " + kindWords(before.get()) + " in the database and a "
                        + kindWords(table) + " in the mirror; the mirror records no query, partitions or server, so change"
                        + " it by hand"));
            }
        }
        List<Table> removed = live.tables().stream()
                .filter(t -> desired.table(t.schema(), t.name()).isEmpty()).toList();

        schemas(added);
        enums();
        domains();
        for (Table table : kept) {
            dropChangedConstraints(table, liveTable(table));
        }
        for (Table table : kept) {
            columns(table, liveTable(table));
        }
        dropTables(removed);
        for (Table table : kept) {
            addKeysAndChecks(table, liveTable(table));
        }
        List<LoadOrder.DeferredKey> deferred = createTables(added);
        for (Table table : kept) {
            addIndexes(table, liveTable(table));
        }
        for (Table table : kept) {
            addForeignKeys(table, liveTable(table));
        }
        for (LoadOrder.DeferredKey key : deferred) {
            steps.add(Step.statement(PostgresDdl.addConstraint(key.table(), ddl.foreignKey(key.key()))));
        }
        for (Table table : kept) {
            comments(table, liveTable(table));
        }
        dropTypes();
    }

    private Table liveTable(Table table) {
        return live.table(table.schema(), table.name()).orElseThrow();
    }

    // --- schemas and types ---------------------------------------------------------------------

    /** {@code CREATE SCHEMA IF NOT EXISTS} for a schema of the mirror in which the database has nothing yet. */
    private void schemas(List<Table> added) {
        TreeSet<String> wanted = new TreeSet<>();
        added.forEach(t -> wanted.add(t.schema()));
        desired.enums().forEach(e -> wanted.add(e.schema()));
        desired.domains().forEach(d -> wanted.add(d.schema()));
        live.tables().forEach(t -> wanted.remove(t.schema()));
        live.enums().forEach(e -> wanted.remove(e.schema()));
        live.domains().forEach(d -> wanted.remove(d.schema()));
        wanted.remove("public");
        for (String schema : wanted) {
            steps.add(Step.statement("CREATE SCHEMA IF NOT EXISTS " + identifier(schema) + ";"));
        }
    }

    private void enums() {
        for (EnumType type : desired.enums()) {
            Optional<EnumType> before = live.enumType(type.schema(), type.name());
            if (before.isEmpty()) {
                steps.add(Step.statement(ddl.createEnum(type)));
                ddl.comments(type).forEach(sql -> steps.add(Step.statement(sql)));
                continue;
            }
            enumValues(type, before.get().values());
            if (!Objects.equals(type.comment(), before.get().comment())) {
                steps.add(Step.statement(ddl.comment(type)));
            }
        }
    }

    /** New labels are added in place ({@code BEFORE} the next kept one, else {@code AFTER} the last); others cannot change. */
    private void enumValues(EnumType type, List<String> current) {
        List<String> wanted = type.values();
        if (!isSubsequence(current, wanted)) {
            steps.add(Step.manual("enum " + type.qualifiedName() + " has the labels " + String.join(", ", current)
                    + " in the database and " + String.join(", ", wanted) + " in the mirror; PostgreSQL cannot remove or"
                    + " reorder labels: create a new type, move the columns to it and drop the old one"));
            return;
        }
        String name = qualified(type.schema(), type.name());
        for (int i = 0; i < wanted.size(); i++) {
            String label = wanted.get(i);
            if (current.contains(label)) {
                continue;
            }
            String next = wanted.subList(i + 1, wanted.size()).stream().filter(current::contains).findFirst().orElse(null);
            String place = next != null ? " BEFORE " + literal(next) : i > 0 ? " AFTER " + literal(wanted.get(i - 1)) : "";
            steps.add(Step.statement("ALTER TYPE " + name + " ADD VALUE " + literal(label) + place + ";"));
        }
    }

    private static boolean isSubsequence(List<String> part, List<String> whole) {
        int at = 0;
        for (String label : whole) {
            if (at < part.size() && part.get(at).equals(label)) {
                at++;
            }
        }
        return at == part.size();
    }

    private void domains() {
        for (Domain domain : LoadOrder.domains(desired.domains())) {
            Optional<Domain> before = live.domain(domain.schema(), domain.name());
            if (before.isEmpty()) {
                steps.add(Step.statement(ddl.createDomain(domain)));
                ddl.comments(domain).forEach(sql -> steps.add(Step.statement(sql)));
            } else {
                changeDomain(domain, before.get());
            }
        }
    }

    private void changeDomain(Domain domain, Domain before) {
        String name = "ALTER DOMAIN " + qualified(domain.schema(), domain.name());
        if (!ddl.postgresMirrorType(domain.type()).equals(before.type())) {
            steps.add(Step.manual("domain " + domain.qualifiedName() + " is over " + before.type() + " in the database and over "
                    + domain.type() + " in the mirror; a domain's type cannot be changed: create a new domain and move the"
                    + " columns to it"));
        }
        if (!Objects.equals(domain.defaultValue(), before.defaultValue())) {
            steps.add(Step.statement(name + (domain.defaultValue() == null ? " DROP DEFAULT;" : " SET DEFAULT " + domain.defaultValue() + ";")));
        }
        for (Pair<Check> check : pairs(domain.checks(), before.checks(), Check::name)) {
            if (check.desired() == null || check.live() != null && !check.desired().expression().equals(check.live().expression())) {
                steps.add(Step.statement(name + " DROP CONSTRAINT " + identifier(check.live().name()) + ";"));
            }
        }
        if (domain.nullable() != before.nullable()) {
            steps.add(domain.nullable() ? Step.statement(name + " DROP NOT NULL;")
                    : Step.destructive(name + " SET NOT NULL;", "fails while a column of domain " + domain.qualifiedName()
                    + " holds nulls"));
        }
        for (Pair<Check> check : pairs(domain.checks(), before.checks(), Check::name)) {
            if (check.desired() != null && (check.live() == null || !check.desired().expression().equals(check.live().expression()))) {
                steps.add(Step.statement(name + " ADD " + ddl.check(check.desired()) + ";"));
            }
        }
        if (!Objects.equals(domain.comment(), before.comment())) {
            steps.add(Step.statement(ddl.comment(domain)));
        }
    }

    private void dropTypes() {
        for (Domain domain : reversed(LoadOrder.domains(live.domains()))) {
            if (desired.domain(domain.schema(), domain.name()).isEmpty()) {
                steps.add(Step.destructive("DROP DOMAIN " + qualified(domain.schema(), domain.name()) + ";",
                        "drops domain " + domain.qualifiedName()));
            }
        }
        for (EnumType type : live.enums()) {
            if (desired.enumType(type.schema(), type.name()).isEmpty()) {
                steps.add(Step.destructive("DROP TYPE " + qualified(type.schema(), type.name()) + ";",
                        "drops enum " + type.qualifiedName()));
            }
        }
    }

    // --- tables ----------------------------------------------------------------------------------

    /** Foreign keys, indexes, checks, uniques and primary keys that are gone or changed, before columns change. */
    private void dropChangedConstraints(Table table, Table before) {
        String alter = "ALTER TABLE " + PostgresDdl.name(table) + " DROP CONSTRAINT ";
        for (Pair<ForeignKey> key : pairs(table.foreignKeys(), before.foreignKeys(), ForeignKey::name)) {
            if (key.isGoneOrChanged()) {
                steps.add(Step.statement(alter + identifier(key.live().name()) + ";"));
            }
        }
        for (Pair<Index> index : pairs(table.indexes(), before.indexes(), Index::name)) {
            if (index.isGoneOrChanged() && !indexEquivalent(index)) {
                steps.add(Step.statement("DROP INDEX " + qualified(table.schema(), index.live().name()) + ";"));
            }
        }
        for (Pair<Check> check : pairs(table.checks(), before.checks(), Check::name)) {
            if (check.isGoneOrChanged()) {
                steps.add(Step.statement(alter + identifier(check.live().name()) + ";"));
            }
        }
        for (Pair<Key> unique : pairs(table.uniques(), before.uniques(), Key::name)) {
            if (unique.isGoneOrChanged()) {
                steps.add(Step.statement(alter + identifier(unique.live().name()) + ";"));
            }
        }
        for (Pair<Key> key : pairs(listOf(table.primaryKey()), listOf(before.primaryKey()), Key::name)) {
            if (key.isGoneOrChanged()) {
                steps.add(Step.statement(alter + identifier(key.live().name()) + ";"));
            }
        }
    }

    /** An index of a generic mirror has no definition: it matches one of the same name, uniqueness and keys. */
    private static boolean indexEquivalent(Pair<Index> index) {
        Index wanted = index.desired();
        return wanted != null && index.live() != null && wanted.definition() == null && wanted.unique() == index.live().unique()
                && wanted.columns().equals(index.live().columns());
    }

    private void columns(Table table, Table before) {
        for (Column column : table.columns()) {
            Optional<Column> old = before.column(column.name());
            if (old.isEmpty()) {
                ddl.createSequences(table, column).forEach(sql -> steps.add(Step.statement(sql)));
                steps.add(Step.statement(alter(table) + " ADD COLUMN " + ddl.columnDefinition(table, column) + ";"));
            } else {
                changeColumn(table, column, old.get());
            }
        }
        for (Column column : before.columns()) {
            if (table.column(column.name()).isEmpty()) {
                steps.add(Step.destructive(alter(table) + " DROP COLUMN " + identifier(column.name()) + ";",
                        "drops column " + table.qualifiedName() + "." + column.name() + " and its data"));
            }
        }
    }

    private void changeColumn(Table table, Column column, Column before) {
        String alter = alter(table) + " ALTER COLUMN " + identifier(column.name());
        String type = ddl.postgresMirrorType(column.type());
        boolean typeChanges = !type.equals(before.type());
        if (!Objects.equals(column.generated(), before.generated())) {
            if (column.generated() == null) {
                steps.add(Step.statement(alter + " DROP EXPRESSION;"));
            } else {
                // before PostgreSQL 17 a generation expression cannot be set on an existing column
                steps.add(Step.destructive(alter(table) + " DROP COLUMN " + identifier(column.name()) + ";",
                        "drops column " + table.qualifiedName() + "." + column.name() + " to add it again as a generated column"));
                steps.add(Step.destructive(alter(table) + " ADD COLUMN " + ddl.columnDefinition(table, column) + ";",
                        "adds " + table.qualifiedName() + "." + column.name() + " again, generated"));
                return;
            }
        }
        boolean defaultChanges = !Objects.equals(column.defaultValue(), before.defaultValue());
        // SET DEFAULT replaces a default; the old one goes first only when it is removed or may not fit the new type
        if (before.defaultValue() != null && (column.defaultValue() == null || typeChanges)) {
            steps.add(Step.statement(alter + " DROP DEFAULT;"));
        }
        if (before.identity() != null && column.identity() == null) {
            steps.add(Step.statement(alter + " DROP IDENTITY;"));
        }
        if (typeChanges) {
            String sql = alter + " TYPE " + ddl.type(column.type()) + " USING " + identifier(column.name()) + "::"
                    + ddl.type(column.type()) + ";";
            steps.add(TypeWidening.isWidening(before.type(), type) ? Step.statement(sql)
                    : Step.destructive(sql, "changes " + table.qualifiedName() + "." + column.name() + " from " + before.type()
                    + " to " + type + ", which may lose data or fail on it"));
        }
        if (column.defaultValue() != null && (defaultChanges || typeChanges)) {
            ddl.createSequences(table, column).forEach(sql -> steps.add(Step.statement(sql)));
            steps.add(Step.statement(alter + " SET DEFAULT " + column.defaultValue() + ";"));
        }
        if (column.identity() != null && column.identity() != before.identity()) {
            String generated = column.identity() == Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT";
            steps.add(Step.statement(alter + (before.identity() == null ? " ADD GENERATED " + generated + " AS IDENTITY;"
                    : " SET GENERATED " + generated + ";")));
        }
        if (column.nullable() != before.nullable()) {
            steps.add(column.nullable() ? Step.statement(alter + " DROP NOT NULL;")
                    : Step.destructive(alter + " SET NOT NULL;", "fails while " + table.qualifiedName() + "." + column.name()
                    + " holds nulls: fill them first"));
        }
    }

    private void dropTables(List<Table> removed) {
        for (Table table : removed) {
            String what = switch (table.kind()) {
                case VIEW -> "VIEW";
                case MATERIALIZED_VIEW -> "MATERIALIZED VIEW";
                case FOREIGN_TABLE -> "FOREIGN TABLE";
                case TABLE, PARTITIONED_TABLE -> "TABLE";
            };
            // CASCADE: keys of other removed tables to this one go with it, whatever the order
            steps.add(Step.destructive("DROP " + what + " " + PostgresDdl.name(table) + " CASCADE;",
                    "drops " + kindWords(table) + " " + table.qualifiedName() + (isPlain(table) ? " and its data" : "")));
        }
    }

    private void addKeysAndChecks(Table table, Table before) {
        for (Pair<Key> key : pairs(listOf(table.primaryKey()), listOf(before.primaryKey()), Key::name)) {
            if (key.isNewOrChanged()) {
                steps.add(Step.statement(PostgresDdl.addConstraint(table, ddl.primaryKey(key.desired()))));
            }
        }
        for (Pair<Key> unique : pairs(table.uniques(), before.uniques(), Key::name)) {
            if (unique.isNewOrChanged()) {
                steps.add(Step.statement(PostgresDdl.addConstraint(table, ddl.unique(unique.desired()))));
            }
        }
        for (Pair<Check> check : pairs(table.checks(), before.checks(), Check::name)) {
            if (check.isNewOrChanged()) {
                steps.add(Step.statement(PostgresDdl.addConstraint(table, ddl.check(check.desired()))));
            }
        }
    }

    /** New tables in load order; returns the foreign keys that wait until every new table exists. */
    private List<LoadOrder.DeferredKey> createTables(List<Table> added) {
        List<Table> plain = added.stream().filter(Planner::isPlain).toList();
        for (Table table : added) {
            if (!isPlain(table)) {
                steps.add(Step.manual(table.qualifiedName() + " is a " + kindWords(table) + " of the mirror that the database"
                        + " lacks; the mirror records no query, partitions or server, so create it by hand"));
            }
        }
        LoadOrder order = LoadOrder.of(new Mirror(desired.format(), desired.source(), desired.enums(), desired.domains(), plain));
        List<LoadOrder.DeferredKey> deferred = new ArrayList<>();
        for (Table table : order.tables()) {
            ddl.createSequences(table).forEach(sql -> steps.add(Step.statement(sql)));
            steps.add(Step.statement(ddl.createTable(table, key -> order.placement(table, key) == LoadOrder.Placement.INLINE)));
            for (Check check : table.checks()) {
                if (PostgresDdl.isNotValid(check)) {
                    steps.add(Step.statement(PostgresDdl.addConstraint(table, ddl.check(check))));
                }
            }
            for (Index index : table.indexes()) {
                if (!PostgresDdl.backsConstraint(table, index)) {
                    steps.add(Step.statement(ddl.createIndex(table, index)));
                }
            }
            ddl.comments(table).forEach(sql -> steps.add(Step.statement(sql)));
            deferred.addAll(order.deferredAfter(table));
        }
        return deferred;
    }

    private void addIndexes(Table table, Table before) {
        for (Pair<Index> index : pairs(table.indexes(), before.indexes(), Index::name)) {
            if (index.isNewOrChanged() && !indexEquivalent(index) && !PostgresDdl.backsConstraint(table, index.desired())) {
                steps.add(Step.statement(ddl.createIndex(table, index.desired())));
            }
        }
    }

    private void addForeignKeys(Table table, Table before) {
        for (Pair<ForeignKey> key : pairs(table.foreignKeys(), before.foreignKeys(), ForeignKey::name)) {
            if (key.isNewOrChanged()) {
                steps.add(Step.statement(PostgresDdl.addConstraint(table, ddl.foreignKey(key.desired()))));
            }
        }
    }

    private void comments(Table table, Table before) {
        if (!Objects.equals(table.comment(), before.comment())) {
            steps.add(Step.statement(ddl.comment(table)));
        }
        for (Column column : table.columns()) {
            String old = before.column(column.name()).map(Column::comment).orElse(null);
            if (!Objects.equals(column.comment(), old)) {
                steps.add(Step.statement(ddl.comment(table, column)));
            }
        }
    }

    private static String alter(Table table) {
        return "ALTER TABLE " + PostgresDdl.name(table);
    }

    private static boolean isPlain(Table table) {
        return table.kind() == TableKind.TABLE || table.kind() == TableKind.PARTITIONED_TABLE;
    }

    /** Two relations that are not both tables: the same when kind and columns agree (what the mirror can say of them). */
    private boolean sameRelation(Table a, Table b) {
        return a.kind() == b.kind() && a.columns().size() == b.columns().size()
                && a.columns().stream().allMatch(c -> b.column(c.name())
                .filter(o -> ddl.postgresMirrorType(c.type()).equals(o.type()) && c.nullable() == o.nullable()).isPresent());
    }

    private static String kindWords(Table table) {
        return table.kind().json().replace('_', ' ');
    }

    private static <T> List<T> listOf(T itemOrNull) {
        return itemOrNull == null ? List.of() : List.of(itemOrNull);
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    /**
     * Objects of both sides matched by name, compared by their description: in the desired order, then
     * those only in the database.
     */
    private <T> List<Pair<T>> pairs(List<T> wanted, List<T> current, Function<T, String> name) {
        Map<String, T> unmatched = new LinkedHashMap<>();
        current.forEach(item -> unmatched.put(name.apply(item), item));
        List<Pair<T>> pairs = new ArrayList<>();
        for (T item : wanted) {
            pairs.add(new Pair<>(item, unmatched.remove(name.apply(item))));
        }
        unmatched.values().forEach(item -> pairs.add(new Pair<>(null, item)));
        pairs.sort(Comparator.comparing(p -> name.apply(p.any())));
        return pairs;
    }

    /** The same object as the mirror wants it and as the database has it; one side {@code null} when missing. */
    private record Pair<T>(T desired, T live) {

        T any() {
            return desired != null ? desired : live;
        }

        boolean isGoneOrChanged() {
            return live != null && (desired == null || !desired.equals(live));
        }

        boolean isNewOrChanged() {
            return desired != null && (live == null || !desired.equals(live));
        }
    }
}
