package dev.dbmirror.schema.ddl;

import static dev.dbmirror.schema.ddl.SqlSyntax.commentText;

import dev.dbmirror.schema.model.Check;
import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.Domain;
import dev.dbmirror.schema.model.EnumType;
import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Index;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Source;
import dev.dbmirror.schema.model.Table;
import dev.dbmirror.schema.model.TableKind;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The PostgreSQL scripts that recreate a mirror: one for its enums and domains, one per relation.
 * Run the types script first, then the relation scripts in {@link #order()}: each script then
 * finds everything it refers to. A script is plain SQL without transaction control; each
 * statement ends with {@code ;} at the end of a line.
 */
public final class DdlScripts {

    private final Mirror mirror;
    private final PostgresDdl ddl;
    private final LoadOrder order;
    private final String dialectNote;

    private DdlScripts(Mirror mirror) {
        this.mirror = mirror;
        this.ddl = new PostgresDdl(mirror);
        this.order = LoadOrder.of(mirror);
        String dialect = mirror.source().dialect();
        this.dialectNote = dialect.equals("postgresql") || dialect.equals(Source.GENERIC) ? null
                : "-- The mirror was pulled from " + commentText(dialect) + ": types and expressions are as "
                        + commentText(dialect) + " prints them and may need changes for PostgreSQL.";
    }

    public static DdlScripts of(Mirror mirror) {
        return new DdlScripts(mirror);
    }

    /** The statements' renderer, for callers that put statements together themselves. */
    public PostgresDdl ddl() {
        return ddl;
    }

    /** The relations in the order their scripts are run, with where each foreign key is added. */
    public LoadOrder order() {
        return order;
    }

    /** Whether {@link #types()} has anything to create: a schema other than {@code public}, an enum or a domain. */
    public boolean hasTypes() {
        return !schemas().isEmpty() || !mirror.enums().isEmpty() || !mirror.domains().isEmpty();
    }

    /**
     * The script run first: {@code CREATE SCHEMA IF NOT EXISTS} for each schema of the mirror other
     * than {@code public}, then enums (by schema and name), then domains (each after the domain it is
     * based on), each with its comment.
     */
    public String types() {
        Script script = new Script();
        List<String> create = new ArrayList<>();
        for (String schema : schemas()) {
            create.add("CREATE SCHEMA IF NOT EXISTS " + SqlSyntax.identifier(schema) + ";");
        }
        script.group(create);
        for (EnumType type : mirror.enums()) {
            script.group(concat(ddl.createEnum(type), ddl.comments(type)));
        }
        for (Domain domain : LoadOrder.domains(mirror.domains())) {
            script.group(concat(ddl.createDomain(domain), ddl.comments(domain)));
        }
        return script.text();
    }

    private SortedSet<String> schemas() {
        SortedSet<String> schemas = new TreeSet<>(mirror.source().schemas());
        mirror.enums().forEach(e -> schemas.add(e.schema()));
        mirror.domains().forEach(d -> schemas.add(d.schema()));
        mirror.tables().forEach(t -> schemas.add(t.schema()));
        schemas.remove("public");
        return schemas;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** The script of one relation of the mirror. */
    public String table(Table table) {
        return switch (table.kind()) {
            case VIEW, MATERIALIZED_VIEW -> view(table);
            case FOREIGN_TABLE -> foreignTable(table);
            case TABLE, PARTITIONED_TABLE -> plainTable(table);
        };
    }

    private String plainTable(Table table) {
        Script script = new Script();
        if (table.kind() == TableKind.PARTITIONED_TABLE) {
            script.note("-- " + commentText(table.qualifiedName()) + " is partitioned in the database. The mirror records neither its"
                    + " partition key nor its partitions,\n-- so this creates a plain table with the same columns and constraints.");
        }
        script.group(ddl.createSequences(table));
        List<String> create = new ArrayList<>();
        for (LoadOrder.DeferredKey deferred : order.deferredOf(table)) {
            if (!deferred.addedAfter().qualifiedName().equals(table.qualifiedName())) {
                create.add("-- Foreign key " + commentText(deferred.key().name()) + " is added by the script of "
                        + commentText(deferred.addedAfter().qualifiedName()) + ", which runs later (the tables reference each other).");
            }
        }
        create.add(ddl.createTable(table, key -> order.placement(table, key) == LoadOrder.Placement.INLINE));
        script.group(create);
        List<String> notValid = new ArrayList<>();
        for (Check check : table.checks()) {
            if (PostgresDdl.isNotValid(check)) {
                notValid.add(PostgresDdl.addConstraint(table, ddl.check(check)));
            }
        }
        script.group(notValid);
        script.group(indexes(table));
        script.group(deferredKeys(table));
        script.group(ddl.comments(table));
        return script.text();
    }

    private String view(Table view) {
        Script script = new Script();
        script.note("-- " + commentText(view.qualifiedName()) + " is a " + (view.kind() == TableKind.VIEW ? "view" : "materialized view")
                + ". The mirror records its columns, not its query: this stand-in\n-- has the same columns and types and"
                + " returns no rows. Replace the SELECT with the real query.");
        script.group(List.of(ddl.createViewStandIn(view)));
        script.group(ddl.viewDefaults(view));
        script.group(indexes(view));
        script.group(deferredKeys(view));
        script.group(ddl.comments(view));
        return script.text();
    }

    /** A foreign table needs its server and options, which the mirror does not record: its definition is shown commented out. */
    private String foreignTable(Table table) {
        Script script = new Script();
        List<String> columns = new ArrayList<>();
        for (Column column : table.columns()) {
            columns.add("--     " + commentText(ddl.columnDefinition(table, column)));
        }
        script.note("-- " + commentText(table.qualifiedName()) + " is a foreign table. The mirror records neither its server nor its options,"
                + " so it is not\n-- created here. Its columns, for reference:\n-- CREATE FOREIGN TABLE " + commentText(PostgresDdl.name(table))
                + " (\n" + String.join(",\n", columns) + "\n-- ) SERVER ...;");
        script.group(deferredKeys(table));
        return script.text();
    }

    private List<String> indexes(Table table) {
        List<String> statements = new ArrayList<>();
        for (Index index : table.indexes()) {
            if (!PostgresDdl.backsConstraint(table, index)) {
                statements.add(ddl.createIndex(table, index));
            }
        }
        return statements;
    }

    private List<String> deferredKeys(Table table) {
        List<LoadOrder.DeferredKey> keys = order.deferredAfter(table);
        if (keys.isEmpty()) {
            return List.of();
        }
        List<String> statements = new ArrayList<>();
        statements.add("-- Foreign keys added once " + commentText(table.qualifiedName()) + " and the tables they join exist:");
        for (LoadOrder.DeferredKey deferred : keys) {
            ForeignKey key = deferred.key();
            statements.add(PostgresDdl.addConstraint(deferred.table(), ddl.foreignKey(key)));
        }
        return statements;
    }

    /** Groups of lines separated by an empty line, after the search path and any notes. */
    private final class Script {
        private final StringBuilder out = new StringBuilder();
        private final List<String> notes = new ArrayList<>();

        void note(String text) {
            notes.add(text);
        }

        void group(List<String> lines) {
            if (lines.isEmpty()) {
                return;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            for (String line : lines) {
                out.append(line).append('\n');
            }
        }

        String text() {
            StringBuilder head = new StringBuilder();
            if (dialectNote != null) {
                head.append(dialectNote).append('\n');
            }
            for (String note : notes) {
                head.append(note).append('\n');
            }
            head.append(PostgresDdl.SEARCH_PATH).append('\n');
            return out.length() == 0 ? head.toString() : head.append('\n').append(out).toString();
        }
    }
}
