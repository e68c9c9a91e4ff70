package dev.dbmirror.schema.context;

import static dev.dbmirror.schema.context.JsonText.string;
import static dev.dbmirror.schema.context.JsonText.strings;

import dev.dbmirror.schema.graph.ForeignKeyGraph;
import dev.dbmirror.schema.graph.Relationship;
import dev.dbmirror.schema.io.MirrorWriter;
import dev.dbmirror.schema.model.Check;
import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.Domain;
import dev.dbmirror.schema.model.EnumType;
import dev.dbmirror.schema.model.Key;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Source;
import dev.dbmirror.schema.model.Table;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code db/schema.json}: the mirror in the compact shape a coding assistant reads (documented by
 * {@code docs/context-schema.schema.json}). Tables with their columns, keys, checks and relationships
 * in both directions with their cardinality; enums with their labels; domains; views with their
 * columns; the mirror's source and the SHA-256 of its canonical text, so that a reader can tell
 * which mirror the file describes. One small object a line; optional fields left out when empty.
 */
public final class ContextFile {

    /** The version of this file's shape. */
    public static final int FORMAT = 1;

    private ContextFile() {
    }

    public static String render(Mirror mirror) {
        Mirror canonical = MirrorWriter.canonicalize(mirror);
        ForeignKeyGraph graph = ForeignKeyGraph.of(canonical);
        StringBuilder out = new StringBuilder(2048 + 1024 * canonical.tables().size());
        out.append("{\n  \"format\": ").append(FORMAT).append(",\n")
                .append("  \"about\": ").append(string("The database schema, from the mirror dbmirror keeps of the live database"
                        + " (by default db/schema/tables.json). Written by `dbmirror context`; do not edit.")).append(",\n")
                .append("  \"mirror\": ").append(new JsonText.Line().field("sha256", Checksums.sha256(
                        MirrorWriter.write(canonical).getBytes(StandardCharsets.UTF_8)))).append(",\n")
                .append("  \"source\": ").append(source(canonical.source())).append(",\n");
        List<String> enums = new ArrayList<>();
        for (EnumType type : canonical.enums()) {
            enums.add(new JsonText.Line().field("name", type.qualifiedName()).field("labels", type.values())
                    .optional("comment", type.comment()).toString());
        }
        array(out, "enums", enums, 1);
        out.append(",\n");
        List<String> domains = new ArrayList<>();
        for (Domain domain : canonical.domains()) {
            List<String> checks = new ArrayList<>();
            domain.checks().forEach(c -> checks.add(c.expression()));
            JsonText.Line line = new JsonText.Line().field("name", domain.qualifiedName()).field("type", domain.type())
                    .field("nullable", domain.nullable()).optional("default", domain.defaultValue());
            if (!checks.isEmpty()) {
                line.field("checks", checks);
            }
            domains.add(line.optional("comment", domain.comment()).toString());
        }
        array(out, "domains", domains, 1);
        out.append(",\n");
        List<String> tables = new ArrayList<>();
        List<String> views = new ArrayList<>();
        for (Table table : canonical.tables()) {
            (table.kind().isView() ? views : tables).add(table(table, graph));
        }
        array(out, "tables", tables, 1);
        out.append(",\n");
        array(out, "views", views, 1);
        return out.append("\n}\n").toString();
    }

    private static String source(Source source) {
        return new JsonText.Line().field("dialect", source.dialect())
                .raw("serverMajor", source.serverMajor() == null ? "null" : source.serverMajor().toString())
                .field("schemas", source.schemas()).toString();
    }

    private static String table(Table table, ForeignKeyGraph graph) {
        String indent = "      ";
        StringBuilder out = new StringBuilder(1024);
        out.append("{\n").append(indent).append("\"name\": ").append(string(table.qualifiedName())).append(",\n")
                .append(indent).append("\"kind\": ").append(string(table.kind().json()));
        if (table.comment() != null) {
            out.append(",\n").append(indent).append("\"comment\": ").append(string(table.comment()));
        }
        List<String> columns = new ArrayList<>();
        for (Column column : table.columns()) {
            columns.add(new JsonText.Line().field("name", column.name()).field("type", column.type())
                    .field("nullable", column.nullable()).optional("default", column.defaultValue())
                    .optional("identity", column.identity() == null ? null : column.identity().json())
                    .optional("generated", column.generated()).optional("comment", column.comment()).toString());
        }
        out.append(",\n");
        array(out, "columns", columns, 3);
        if (table.primaryKey() != null) {
            out.append(",\n").append(indent).append("\"primaryKey\": ").append(strings(table.primaryKey().columns()));
        }
        if (!table.uniques().isEmpty()) {
            List<String> uniques = new ArrayList<>();
            for (Key unique : table.uniques()) {
                uniques.add(strings(unique.columns()));
            }
            out.append(",\n").append(indent).append("\"uniqueKeys\": [").append(String.join(", ", uniques)).append(']');
        }
        if (!table.checks().isEmpty()) {
            List<String> checks = new ArrayList<>();
            for (Check check : table.checks()) {
                checks.add(check.expression());
            }
            out.append(",\n").append(indent).append("\"checks\": ").append(strings(checks));
        }
        List<String> relationships = new ArrayList<>();
        for (Relationship r : graph.outgoing(table)) {
            relationships.add(new JsonText.Line().field("direction", "outgoing").field("foreignKey", r.key().name())
                    .field("columns", r.key().columns()).field("table", r.parent().qualifiedName())
                    .field("tableColumns", r.key().references().columns()).field("cardinality", r.cardinality())
                    .field("optional", r.optional()).field("onDelete", r.key().onDelete().json()).toString());
        }
        for (Relationship r : graph.incoming(table)) {
            relationships.add(new JsonText.Line().field("direction", "incoming").field("foreignKey", r.key().name())
                    .field("columns", r.key().references().columns()).field("table", r.child().qualifiedName())
                    .field("tableColumns", r.key().columns()).field("cardinality", r.inverseCardinality())
                    .field("optional", r.optional()).field("onDelete", r.key().onDelete().json()).toString());
        }
        if (!relationships.isEmpty()) {
            out.append(",\n");
            array(out, "relationships", relationships, 3);
        }
        return out.append("\n    }").toString();
    }

    /** {@code "key": [ … ]} with one element a line at the given depth (two spaces a level). */
    private static void array(StringBuilder out, String key, List<String> elements, int depth) {
        String indent = "  ".repeat(depth);
        out.append(indent).append('"').append(key).append("\": [");
        if (elements.isEmpty()) {
            out.append(']');
            return;
        }
        for (int i = 0; i < elements.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n").append(indent).append("  ").append(elements.get(i));
        }
        out.append('\n').append(indent).append(']');
    }
}
