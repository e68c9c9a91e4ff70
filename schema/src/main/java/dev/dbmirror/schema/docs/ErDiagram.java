package dev.dbmirror.schema.docs;

import dev.dbmirror.schema.graph.Relationship;
import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Key;
import dev.dbmirror.schema.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Mermaid {@code erDiagram}: tables as entities (with the columns asked for, keys marked PK, FK,
 * UK) or as plain boxes, and foreign keys as relationships from the referenced table to the
 * referencing one. Tables of the diagram's home schema are labelled with their name, others with
 * {@code schema.name}.
 */
final class ErDiagram {

    private final String homeSchema;
    private final AttributeTypes types;
    private final Map<String, String> ids = new HashMap<>();
    private final Set<String> takenIds = new HashSet<>();
    private final StringBuilder entities = new StringBuilder();
    private final StringBuilder relationships = new StringBuilder();
    private final Set<String> relationshipsDrawn = new HashSet<>();

    ErDiagram(String homeSchema, AttributeTypes types) {
        this.homeSchema = homeSchema;
        this.types = types;
    }

    /** Declares a table with the given columns; a table already declared is left as it is. */
    ErDiagram entity(Table table, List<Column> columns) {
        if (ids.containsKey(table.qualifiedName())) {
            return this;
        }
        declare(table);
        if (columns.isEmpty()) {
            entities.append('\n');
            return this;
        }
        entities.append(" {\n");
        Set<String> primary = table.primaryKey() == null ? Set.of() : Set.copyOf(table.primaryKey().columns());
        Set<String> foreign = new HashSet<>();
        for (ForeignKey key : table.foreignKeys()) {
            foreign.addAll(key.columns());
        }
        Set<String> unique = new HashSet<>();
        for (Key key : table.uniques()) {
            unique.addAll(key.columns());
        }
        for (Column column : columns) {
            String name = MermaidText.attributeName(column.name());
            entities.append("        ").append(types.of(column.type())).append(' ').append(name);
            List<String> keys = new ArrayList<>(3);
            if (primary.contains(column.name())) {
                keys.add("PK");
            }
            if (foreign.contains(column.name())) {
                keys.add("FK");
            }
            if (unique.contains(column.name())) {
                keys.add("UK");
            }
            if (!keys.isEmpty()) {
                entities.append(' ').append(String.join(", ", keys));
            }
            if (!name.equals(column.name())) {
                entities.append(" \"").append(MermaidText.quoted(column.name())).append('"');
            }
            entities.append('\n');
        }
        entities.append("    }\n");
        return this;
    }

    /** Declares a table as a box without columns, unless already declared. */
    ErDiagram box(Table table) {
        return entity(table, List.of());
    }

    /** The primary key and foreign key columns of a table, in table order. */
    static List<Column> keyColumns(Table table) {
        Set<String> names = new LinkedHashSet<>();
        if (table.primaryKey() != null) {
            names.addAll(table.primaryKey().columns());
        }
        for (ForeignKey key : table.foreignKeys()) {
            names.addAll(key.columns());
        }
        return table.columns().stream().filter(c -> names.contains(c.name())).toList();
    }

    /** Draws a foreign key; both tables are declared as boxes first if they are not yet. Drawn once. */
    ErDiagram relationship(Relationship relationship) {
        if (!relationshipsDrawn.add(relationship.child().qualifiedName() + '\u0000' + relationship.key().name())) {
            return this;
        }
        box(relationship.parent());
        box(relationship.child());
        relationships.append("    ").append(ids.get(relationship.parent().qualifiedName()))
                .append(relationship.optional() ? " |o" : " ||")
                .append(relationship.identifying() ? "--" : "..")
                .append(relationship.oneToOne() ? "o| " : "o{ ")
                .append(ids.get(relationship.child().qualifiedName()))
                .append(" : \"").append(MermaidText.quoted(relationship.key().name())).append("\"\n");
        return this;
    }

    String text() {
        return "erDiagram\n" + entities + relationships;
    }

    private void declare(Table table) {
        String label = table.schema().equals(homeSchema) ? table.name() : table.qualifiedName();
        String id = MermaidText.entityId(label);
        if (!takenIds.add(id)) {
            int suffix = 2;
            while (!takenIds.add(id + "_" + suffix)) {
                suffix++;
            }
            id = id + "_" + suffix;
        }
        ids.put(table.qualifiedName(), id);
        entities.append("    ").append(id);
        if (!label.equals(id)) {
            entities.append("[\"").append(MermaidText.quoted(label)).append("\"]");
        }
    }
}
