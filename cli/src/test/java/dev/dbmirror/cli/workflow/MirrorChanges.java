package dev.dbmirror.cli.workflow;

import dev.dbmirror.schema.model.Check;
import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.Domain;
import dev.dbmirror.schema.model.EnumType;
import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Identity;
import dev.dbmirror.schema.model.Index;
import dev.dbmirror.schema.model.Key;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.ReferentialAction;
import dev.dbmirror.schema.model.Source;
import dev.dbmirror.schema.model.Table;
import dev.dbmirror.schema.model.TableKind;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Every kind of change a mirror can express, generated for one fixture from the names of its objects:
 * what a migration must carry to the database. Each change is written as PostgreSQL prints the result
 * (expressions, index definitions, casts), so that a pull after the migration gives exactly the changed mirror.
 */
final class MirrorChanges {

    /** One change of the mirror; destructive changes drop or narrow something. */
    record Change(String name, boolean destructive, UnaryOperator<Mirror> apply) {

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * The objects of a fixture the changes work on.
     *
     * @param table          a table no view depends on
     * @param textColumn     a nullable text column of {@code table}, in no key
     * @param notNullColumn  a NOT NULL column of {@code table} that may become nullable
     * @param keyTable       a table with a single-column primary key
     * @param defaultColumn  {@code table.column} with a default that may be dropped
     * @param widen          {@code table.column} and the wider type it may take
     * @param identity       {@code table.column} of an identity column
     * @param primaryKey     {@code table} whose primary key nothing references
     * @param unique         {@code table.constraint} of a unique constraint to drop
     * @param check          {@code table.constraint} of a check to drop
     * @param foreignKey     {@code table.constraint} of a foreign key to drop
     * @param onDelete       {@code table.constraint} of a foreign key whose ON DELETE may change
     * @param index          {@code table.index} to drop
     * @param enumType       an enum that gains labels
     * @param droppable      a table to drop, or {@code null}
     * @param generated      {@code table.column} of a generated column, or {@code null}
     */
    record Targets(String table, String textColumn, String notNullColumn, String keyTable, String defaultColumn,
                   String widen, String widenTo, String identity, String primaryKey, String unique, String check,
                   String foreignKey, String onDelete, String index, String enumType, String droppable, String generated) {
    }

    private final Targets t;

    MirrorChanges(Targets targets) {
        this.t = targets;
    }

    /** Each kind of change alone. */
    List<Change> each() {
        List<Change> changes = new ArrayList<>(List.of(
                new Change("add a table with keys, checks, an index and comments", false, this::addTable),
                new Change("add a table and an enum in a new schema", false, this::addSchema),
                new Change("add a nullable column", false, m -> table(m, t.table(), x -> addColumn(x, column("rt_note", "text", true, null)))),
                new Change("add a NOT NULL column with a default", false,
                        m -> table(m, t.table(), x -> addColumn(x, column("rt_count", "integer", false, "0")))),
                new Change("add an enum and a column of it", false, this::addEnumColumn),
                new Change("add a domain and a column of it", false, this::addDomainColumn),
                new Change("add a column with a foreign key", false, this::addForeignKey),
                new Change("drop a column", true, m -> table(m, t.table(), x -> dropColumn(x, t.textColumn()))),
                new Change("narrow a type", true, m -> column(m, t.table(), t.textColumn(), c -> type(c, "character varying(20)"))),
                new Change("widen a type", false, m -> column(m, tableOf(t.widen()), columnOf(t.widen()), c -> type(c, t.widenTo()))),
                new Change("set NOT NULL", true, m -> column(m, t.table(), t.textColumn(), c -> nullable(c, false))),
                new Change("drop NOT NULL", false, m -> column(m, t.table(), t.notNullColumn(), c -> nullable(c, true))),
                new Change("set a default", false, m -> column(m, t.table(), t.textColumn(), c -> withDefault(c, "'changed'::text"))),
                new Change("drop a default", false, m -> column(m, tableOf(t.defaultColumn()), columnOf(t.defaultColumn()),
                        c -> withDefault(c, null))),
                new Change("change an identity's kind", false, m -> column(m, tableOf(t.identity()), columnOf(t.identity()),
                        c -> identity(c, c.identity() == Identity.ALWAYS ? Identity.BY_DEFAULT : Identity.ALWAYS))),
                new Change("drop an identity", false, m -> column(m, tableOf(t.identity()), columnOf(t.identity()), c -> identity(c, null))),
                new Change("drop a primary key", false, m -> table(m, t.primaryKey(), x -> withPrimaryKey(x, null))),
                new Change("add a unique constraint", false, m -> table(m, t.table(), x -> withUniques(x,
                        plus(x.uniques(), new Key(x.name() + "_rt_key", List.of(t.textColumn())))))),
                new Change("drop a unique constraint", false, m -> table(m, tableOf(t.unique()), x -> withUniques(x,
                        x.uniques().stream().filter(u -> !u.name().equals(columnOf(t.unique()))).toList()))),
                new Change("add a check", false, m -> table(m, t.table(), x -> withChecks(x, plus(x.checks(),
                        new Check(x.name() + "_rt_check", "CHECK ((" + t.textColumn() + " <> ''::text))"))))),
                new Change("drop a check", false, m -> table(m, tableOf(t.check()), x -> withChecks(x,
                        x.checks().stream().filter(c -> !c.name().equals(columnOf(t.check()))).toList()))),
                new Change("drop a foreign key", false, m -> table(m, tableOf(t.foreignKey()), x -> withForeignKeys(x,
                        x.foreignKeys().stream().filter(k -> !k.name().equals(columnOf(t.foreignKey()))).toList()))),
                new Change("change a foreign key's ON DELETE", false, m -> table(m, tableOf(t.onDelete()), x -> withForeignKeys(x,
                        x.foreignKeys().stream().map(k -> k.name().equals(columnOf(t.onDelete())) ? new ForeignKey(k.name(),
                                k.columns(), k.references(), k.onUpdate(), k.onDelete() == ReferentialAction.RESTRICT
                                ? ReferentialAction.CASCADE : ReferentialAction.RESTRICT) : k).toList()))),
                new Change("add an index", false, m -> table(m, t.table(), x -> withIndexes(x, plus(x.indexes(),
                        new Index(x.name() + "_rt_idx", false, List.of(t.textColumn()), "CREATE INDEX " + x.name() + "_rt_idx ON "
                                + x.qualifiedName() + " USING btree (" + t.textColumn() + ")"))))),
                new Change("drop an index", false, m -> table(m, tableOf(t.index()), x -> withIndexes(x,
                        x.indexes().stream().filter(i -> !i.name().equals(columnOf(t.index()))).toList()))),
                new Change("add enum labels first, between and last", false, this::addLabels),
                new Change("set and change comments", false, this::comments)));
        if (t.droppable() != null) {
            changes.add(new Change("drop a table", true, m -> withTables(m,
                    m.tables().stream().filter(x -> !x.qualifiedName().equals(t.droppable())).toList())));
        }
        if (t.generated() != null) {
            changes.add(new Change("drop a generation expression", false,
                    m -> column(m, tableOf(t.generated()), columnOf(t.generated()), c -> new Column(c.name(), c.type(),
                            c.nullable(), null, null, null, c.comment()))));
        }
        return changes;
    }

    /** Every change at once, but for those that would undo each other on the same column. */
    Change combined() {
        List<String> clashing = List.of("drop a column", "narrow a type", "drop an identity");
        List<Change> all = each().stream().filter(c -> !clashing.contains(c.name())).toList();
        return new Change("all of them at once", true, m -> {
            Mirror changed = m;
            for (Change change : all) {
                changed = change.apply().apply(changed);
            }
            return changed;
        });
    }

    // --- the larger changes ------------------------------------------------------------------------

    private Mirror addTable(Mirror m) {
        Table key = table(m, t.keyTable());
        Column keyColumn = key.column(key.primaryKey().columns().get(0)).orElseThrow();
        Table added = new Table("public", "rt_added", TableKind.TABLE, "Added by a migration", List.of(
                new Column("id", "bigint", false, null, Identity.ALWAYS, null, null),
                new Column("owner_id", keyColumn.type(), true, null, null, null, "Whose it is"),
                new Column("code", "character varying(50)", false, null, null, null, null),
                new Column("amount", "numeric(10,2)", false, "0", null, null, null),
                new Column("created_at", "timestamp with time zone", false, "now()", null, null, null),
                new Column("double_amount", "numeric", true, null, null, "(amount * (2)::numeric)", null)),
                new Key("rt_added_pkey", List.of("id")), List.of(new Key("rt_added_code_key", List.of("code"))),
                List.of(new ForeignKey("rt_added_owner_id_fkey", List.of("owner_id"), new ForeignKey.Reference(key.schema(),
                        key.name(), List.of(keyColumn.name())), ReferentialAction.NO_ACTION, ReferentialAction.CASCADE)),
                List.of(new Check("rt_added_amount_check", "CHECK ((amount >= (0)::numeric))")),
                List.of(new Index("rt_added_created_at_idx", false, List.of("created_at"),
                        "CREATE INDEX rt_added_created_at_idx ON public.rt_added USING btree (created_at)")));
        return withTables(m, plus(m.tables(), added));
    }

    private Mirror addSchema(Mirror m) {
        EnumType mood = new EnumType("rt_new", "mood", List.of("calm", "busy"), "How it goes");
        Table table = new Table("rt_new", "moods", TableKind.TABLE, null, List.of(
                new Column("id", "integer", false, null, null, null, null),
                new Column("mood", "rt_new.mood", false, "'calm'::rt_new.mood", null, null, null)),
                new Key("moods_pkey", List.of("id")), List.of(), List.of(), List.of(), List.of());
        TreeSet<String> schemas = new TreeSet<>(m.source().schemas());
        schemas.add("rt_new");
        Mirror withEnum = new Mirror(m.format(), new Source(m.source().dialect(), m.source().serverMajor(), List.copyOf(schemas)),
                plus(m.enums(), mood), m.domains(), m.tables());
        return withTables(withEnum, plus(m.tables(), table));
    }

    private Mirror addEnumColumn(Mirror m) {
        EnumType level = new EnumType("public", "rt_level", List.of("low", "high"), null);
        Mirror withEnum = new Mirror(m.format(), m.source(), plus(m.enums(), level), m.domains(), m.tables());
        return table(withEnum, t.table(), x -> addColumn(x, column("rt_level", "public.rt_level", false, "'low'::rt_level")));
    }

    private Mirror addDomainColumn(Mirror m) {
        Domain code = new Domain("public", "rt_code", "text", true, null,
                List.of(new Check("rt_code_check", "CHECK ((VALUE ~ '^[A-Z]+$'::text))")), "Upper-case letters");
        Mirror withDomain = new Mirror(m.format(), m.source(), m.enums(), plus(m.domains(), code), m.tables());
        return table(withDomain, t.table(), x -> addColumn(x, column("rt_code", "public.rt_code", true, null)));
    }

    private Mirror addForeignKey(Mirror m) {
        Table key = table(m, t.keyTable());
        Column keyColumn = key.column(key.primaryKey().columns().get(0)).orElseThrow();
        return table(m, t.table(), x -> {
            Table with = addColumn(x, column("rt_key", keyColumn.type(), true, null));
            return withForeignKeys(with, plus(with.foreignKeys(), new ForeignKey(x.name() + "_rt_key_fkey", List.of("rt_key"),
                    new ForeignKey.Reference(key.schema(), key.name(), List.of(keyColumn.name())), ReferentialAction.NO_ACTION,
                    ReferentialAction.SET_NULL)));
        });
    }

    private Mirror addLabels(Mirror m) {
        List<EnumType> enums = new ArrayList<>();
        for (EnumType e : m.enums()) {
            if (!e.qualifiedName().equals(t.enumType())) {
                enums.add(e);
                continue;
            }
            List<String> values = new ArrayList<>(e.values());
            values.add(0, "rt_first");
            values.add(2, "it's between");
            values.add("rt_last");
            enums.add(new EnumType(e.schema(), e.name(), values, e.comment()));
        }
        return new Mirror(m.format(), m.source(), enums, m.domains(), m.tables());
    }

    private Mirror comments(Mirror m) {
        Mirror changed = table(m, t.table(), x -> new Table(x.schema(), x.name(), x.kind(), "Changed by a migration; it's new",
                x.columns(), x.primaryKey(), x.uniques(), x.foreignKeys(), x.checks(), x.indexes()));
        changed = column(changed, t.table(), t.textColumn(), c -> new Column(c.name(), c.type(), c.nullable(), c.defaultValue(),
                c.identity(), c.generated(), "A column comment"));
        return table(changed, t.keyTable(), x -> new Table(x.schema(), x.name(), x.kind(), x.comment() == null ? "Keyed" : null,
                x.columns(), x.primaryKey(), x.uniques(), x.foreignKeys(), x.checks(), x.indexes()));
    }

    // --- small helpers -------------------------------------------------------------------------

    private static String tableOf(String qualifiedMember) {
        return qualifiedMember.substring(0, qualifiedMember.lastIndexOf('.'));
    }

    private static String columnOf(String qualifiedMember) {
        return qualifiedMember.substring(qualifiedMember.lastIndexOf('.') + 1);
    }

    private static Column column(String name, String type, boolean nullable, String defaultValue) {
        return new Column(name, type, nullable, defaultValue, null, null, null);
    }

    private static Table table(Mirror m, String qualified) {
        return m.tables().stream().filter(x -> x.qualifiedName().equals(qualified)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("no table " + qualified));
    }

    private static Mirror table(Mirror m, String qualified, UnaryOperator<Table> change) {
        table(m, qualified);
        return withTables(m, m.tables().stream().map(x -> x.qualifiedName().equals(qualified) ? change.apply(x) : x).toList());
    }

    private static Mirror column(Mirror m, String table, String column, UnaryOperator<Column> change) {
        return table(m, table, x -> {
            x.column(column).orElseThrow(() -> new IllegalArgumentException("no column " + table + "." + column));
            return withColumns(x, x.columns().stream().map(c -> c.name().equals(column) ? change.apply(c) : c).toList());
        });
    }

    private static Mirror withTables(Mirror m, List<Table> tables) {
        return new Mirror(m.format(), m.source(), m.enums(), m.domains(), tables);
    }

    private static Table addColumn(Table x, Column column) {
        return withColumns(x, plus(x.columns(), column));
    }

    private static Table dropColumn(Table x, String column) {
        return withColumns(x, x.columns().stream().filter(c -> !c.name().equals(column)).toList());
    }

    private static Table withColumns(Table x, List<Column> columns) {
        return new Table(x.schema(), x.name(), x.kind(), x.comment(), columns, x.primaryKey(), x.uniques(), x.foreignKeys(),
                x.checks(), x.indexes());
    }

    private static Table withPrimaryKey(Table x, Key key) {
        return new Table(x.schema(), x.name(), x.kind(), x.comment(), x.columns(), key, x.uniques(), x.foreignKeys(), x.checks(),
                x.indexes());
    }

    private static Table withUniques(Table x, List<Key> uniques) {
        return new Table(x.schema(), x.name(), x.kind(), x.comment(), x.columns(), x.primaryKey(), uniques, x.foreignKeys(),
                x.checks(), x.indexes());
    }

    private static Table withForeignKeys(Table x, List<ForeignKey> keys) {
        return new Table(x.schema(), x.name(), x.kind(), x.comment(), x.columns(), x.primaryKey(), x.uniques(), keys, x.checks(),
                x.indexes());
    }

    private static Table withChecks(Table x, List<Check> checks) {
        return new Table(x.schema(), x.name(), x.kind(), x.comment(), x.columns(), x.primaryKey(), x.uniques(), x.foreignKeys(),
                checks, x.indexes());
    }

    private static Table withIndexes(Table x, List<Index> indexes) {
        return new Table(x.schema(), x.name(), x.kind(), x.comment(), x.columns(), x.primaryKey(), x.uniques(), x.foreignKeys(),
                x.checks(), indexes);
    }

    private static Column type(Column c, String type) {
        return new Column(c.name(), type, c.nullable(), c.defaultValue(), c.identity(), c.generated(), c.comment());
    }

    private static Column nullable(Column c, boolean nullable) {
        return new Column(c.name(), c.type(), nullable, c.defaultValue(), c.identity(), c.generated(), c.comment());
    }

    private static Column withDefault(Column c, String defaultValue) {
        return new Column(c.name(), c.type(), c.nullable(), defaultValue, c.identity(), c.generated(), c.comment());
    }

    private static Column identity(Column c, Identity identity) {
        return new Column(c.name(), c.type(), c.nullable(), c.defaultValue(), identity, c.generated(), c.comment());
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
