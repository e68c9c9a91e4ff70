package dev.dbmirror.schema.docs;

import static dev.dbmirror.schema.docs.Markdown.code;
import static dev.dbmirror.schema.docs.Markdown.text;

import dev.dbmirror.schema.graph.ForeignKeyGraph;
import dev.dbmirror.schema.graph.Relationship;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Markdown page of one relation: comment, columns, keys, checks, indexes, foreign keys both
 * ways, the enums and domains its columns use, and a Mermaid diagram of the table and its neighbours.
 */
final class TablePage {

    /** Beyond this many neighbours the diagram shows the first ones by name and says how many it left out. */
    static final int MAX_NEIGHBOURS = 30;

    private final ForeignKeyGraph graph;
    private final Map<String, EnumType> enums = new HashMap<>();
    private final Map<String, Domain> domains = new HashMap<>();
    private final AttributeTypes attributeTypes;
    private final Map<String, Table> tables = new HashMap<>();

    TablePage(Mirror mirror, ForeignKeyGraph graph) {
        this.graph = graph;
        Map<String, String> userTypeNames = new HashMap<>();
        for (EnumType type : mirror.enums()) {
            enums.put(type.qualifiedName(), type);
            userTypeNames.put(type.qualifiedName(), type.name());
        }
        for (Domain domain : mirror.domains()) {
            domains.put(domain.qualifiedName(), domain);
            userTypeNames.put(domain.qualifiedName(), domain.name());
        }
        attributeTypes = new AttributeTypes(userTypeNames);
        for (Table table : mirror.tables()) {
            tables.put(table.qualifiedName(), table);
        }
    }

    AttributeTypes attributeTypes() {
        return attributeTypes;
    }

    String render(Table table) {
        StringBuilder out = new StringBuilder(4096);
        out.append(SchemaDocs.PAGE_MARKER).append('\n');
        out.append("# ").append(text(table.qualifiedName())).append("\n\n");
        out.append(kindName(table)).append(" · ").append(Markdown.link("all tables", SchemaDocs.INDEX))
                .append(" · ").append(Markdown.link("DDL", PageNames.script(table))).append("\n\n");
        if (table.comment() != null) {
            out.append(Markdown.paragraph(table.comment())).append("\n\n");
        }
        columns(out, table);
        keys(out, table);
        checks(out, table);
        indexes(out, table);
        foreignKeys(out, table);
        referencedBy(out, table);
        userTypes(out, table);
        diagram(out, table);
        return out.toString().stripTrailing() + "\n";
    }

    static String kindName(Table table) {
        return switch (table.kind()) {
            case TABLE -> "Table";
            case PARTITIONED_TABLE -> "Partitioned table";
            case VIEW -> "View";
            case MATERIALIZED_VIEW -> "Materialized view";
            case FOREIGN_TABLE -> "Foreign table";
        };
    }

    private void columns(StringBuilder out, Table table) {
        out.append("## Columns\n\n");
        if (table.columns().isEmpty()) {
            out.append("None.\n\n");
            return;
        }
        out.append("| column | type | nullable | default | comment |\n|---|---|---|---|---|\n");
        for (Column column : table.columns()) {
            out.append("| ").append(code(column.name()))
                    .append(" | ").append(code(column.type()))
                    .append(" | ").append(column.nullable() ? "yes" : "no")
                    .append(" | ").append(supplied(column))
                    .append(" | ").append(column.comment() == null ? "" : text(column.comment()))
                    .append(" |\n");
        }
        out.append('\n');
    }

    private static String supplied(Column column) {
        if (column.identity() != null) {
            return column.identity() == Identity.ALWAYS ? "identity (always)" : "identity (by default)";
        }
        if (column.generated() != null) {
            return "generated: " + code(column.generated());
        }
        return column.defaultValue() == null ? "" : code(column.defaultValue());
    }

    private static void keys(StringBuilder out, Table table) {
        if (table.primaryKey() == null && table.uniques().isEmpty()) {
            return;
        }
        out.append("## Keys\n\n| kind | name | columns |\n|---|---|---|\n");
        if (table.primaryKey() != null) {
            key(out, "primary key", table.primaryKey());
        }
        for (Key unique : table.uniques()) {
            key(out, "unique", unique);
        }
        out.append('\n');
    }

    private static void key(StringBuilder out, String kind, Key key) {
        out.append("| ").append(kind).append(" | ").append(code(key.name())).append(" | ").append(columnList(key.columns()))
                .append(" |\n");
    }

    private static String columnList(List<String> columns) {
        List<String> codes = new ArrayList<>(columns.size());
        columns.forEach(c -> codes.add(code(c)));
        return String.join(", ", codes);
    }

    private static void checks(StringBuilder out, Table table) {
        if (table.checks().isEmpty()) {
            return;
        }
        out.append("## Checks\n\n| name | expression |\n|---|---|\n");
        for (Check check : table.checks()) {
            out.append("| ").append(code(check.name())).append(" | ").append(code(check.expression())).append(" |\n");
        }
        out.append('\n');
    }

    private static void indexes(StringBuilder out, Table table) {
        if (table.indexes().isEmpty()) {
            return;
        }
        out.append("## Indexes\n\n| name | unique | keys | definition |\n|---|---|---|---|\n");
        for (Index index : table.indexes()) {
            out.append("| ").append(code(index.name()))
                    .append(" | ").append(index.unique() ? "yes" : "no")
                    .append(" | ").append(columnList(index.columns()))
                    .append(" | ").append(index.definition() == null ? "" : code(index.definition()))
                    .append(" |\n");
        }
        out.append('\n');
    }

    private void foreignKeys(StringBuilder out, Table table) {
        if (table.foreignKeys().isEmpty()) {
            return;
        }
        out.append("## Foreign keys\n\n| name | columns | references | on update | on delete |\n|---|---|---|---|---|\n");
        for (ForeignKey key : table.foreignKeys()) {
            out.append("| ").append(code(key.name()))
                    .append(" | ").append(columnList(key.columns()))
                    .append(" | ").append(tableLink(key.references().schema(), key.references().table()))
                    .append(" (").append(columnList(key.references().columns())).append(')')
                    .append(" | ").append(key.onUpdate().json())
                    .append(" | ").append(key.onDelete().json())
                    .append(" |\n");
        }
        out.append('\n');
    }

    private void referencedBy(StringBuilder out, Table table) {
        List<Relationship> incoming = graph.incoming(table);
        if (incoming.isEmpty()) {
            return;
        }
        out.append("## Referenced by\n\n| table | foreign key | columns | cardinality |\n|---|---|---|---|\n");
        for (Relationship relationship : incoming) {
            Table child = relationship.child();
            out.append("| ").append(tableLink(child.schema(), child.name()))
                    .append(" | ").append(code(relationship.key().name()))
                    .append(" | ").append(columnList(relationship.key().columns())).append(" → ")
                    .append(columnList(relationship.key().references().columns()))
                    .append(" | ").append(relationship.inverseCardinality())
                    .append(" |\n");
        }
        out.append('\n');
    }

    /** The enums and domains the columns use (also inside arrays and domains), by name. */
    private void userTypes(StringBuilder out, Table table) {
        Map<String, String> used = new TreeMap<>();
        for (Column column : table.columns()) {
            collect(column.type(), used);
        }
        if (used.isEmpty()) {
            return;
        }
        out.append("## Types\n\n| type | kind | definition | comment |\n|---|---|---|---|\n");
        used.values().forEach(row -> out.append(row).append('\n'));
        out.append('\n');
    }

    /** Adds the table row of an enum or domain (and of the type a domain is based on). */
    private void collect(String type, Map<String, String> used) {
        String element = type;
        while (element.endsWith("[]")) {
            element = element.substring(0, element.length() - 2);
        }
        if (used.containsKey(element)) {
            return;
        }
        EnumType enumType = enums.get(element);
        Domain domain = domains.get(element);
        if (enumType != null) {
            List<String> labels = new ArrayList<>();
            enumType.values().forEach(v -> labels.add(code(v)));
            used.put(element, "| " + code(element) + " | enum | " + String.join(", ", labels) + " | "
                    + comment(enumType.comment()) + " |");
        } else if (domain != null) {
            List<String> parts = new ArrayList<>();
            parts.add("over " + code(domain.type()));
            if (!domain.nullable()) {
                parts.add("not null");
            }
            if (domain.defaultValue() != null) {
                parts.add("default " + code(domain.defaultValue()));
            }
            domain.checks().forEach(c -> parts.add(code(c.expression())));
            used.put(element, "| " + code(element) + " | domain | " + String.join(", ", parts) + " | "
                    + comment(domain.comment()) + " |");
            collect(domain.type(), used);
        }
    }

    private static String comment(String comment) {
        return comment == null ? "" : text(comment);
    }

    /**
     * The table with all its columns and the tables one foreign key away with their key columns; every
     * foreign key between the table and one of them. None for a table without relationships.
     */
    private void diagram(StringBuilder out, Table table) {
        List<Relationship> relationships = new ArrayList<>(graph.outgoing(table));
        for (Relationship incoming : graph.incoming(table)) {
            if (!incoming.selfReference()) {
                relationships.add(incoming);
            }
        }
        if (relationships.isEmpty()) {
            return;
        }
        List<Table> neighbours = new ArrayList<>();
        for (String name : graph.neighbours(table)) {
            neighbours.add(tables.get(name));
        }
        neighbours.sort(SchemaDocs.BY_NAME);
        Map<String, Table> shown = new LinkedHashMap<>();
        neighbours.stream().limit(MAX_NEIGHBOURS).forEach(t -> shown.put(t.qualifiedName(), t));
        ErDiagram diagram = new ErDiagram(table.schema(), attributeTypes).entity(table, table.columns());
        shown.values().forEach(t -> diagram.entity(t, ErDiagram.keyColumns(t)));
        for (Relationship relationship : relationships) {
            String other = relationship.child().qualifiedName().equals(table.qualifiedName())
                    ? relationship.parent().qualifiedName() : relationship.child().qualifiedName();
            if (relationship.selfReference() || shown.containsKey(other)) {
                diagram.relationship(relationship);
            }
        }
        out.append("## Diagram\n\n");
        if (neighbours.size() > shown.size()) {
            out.append("The ").append(shown.size()).append(" related tables first by name; ")
                    .append(neighbours.size() - shown.size()).append(" more are listed above.\n\n");
        }
        out.append("```mermaid\n").append(diagram.text()).append("```\n");
    }

    private String tableLink(String schema, String name) {
        Table target = tables.get(schema + "." + name);
        String label = text(schema + "." + name);
        return target == null ? label : Markdown.link(label, PageNames.page(target));
    }
}
