package dev.dbmirror.schema.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbmirror.schema.Fixtures;
import dev.dbmirror.schema.SyntheticMirror;
import dev.dbmirror.schema.graph.ForeignKeyGraph;
import dev.dbmirror.schema.graph.Relationship;
import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Table;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every ER diagram the docs write is read back by Mermaid's own parser (under Node, see
 * {@link MermaidCheck}) and must hold exactly what the mirror says: the tables of the page or
 * schema, their columns under their real names, every foreign key once with its cardinality.
 * Expectations come from the mirror, not from the diagram text, so a line Mermaid silently reads
 * as something else (a label with "direction TB" in it becomes a layout statement) is caught too.
 */
class MermaidParserTest {

    private static final Pattern DIAGRAM = Pattern.compile("```mermaid\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    /** What one diagram must hold: tables by qualified name (with their columns, or none for a box) and keys by child and name. */
    private record Expected(String home, Map<String, List<String>> tables, List<String> keys, boolean boxesAllowed) {
    }

    @Test
    void everyDiagramReadsBackAsTheMirrorSays() throws Exception {
        Map<String, Mirror> mirrors = new LinkedHashMap<>();
        mirrors.put("rich", Fixtures.mirror("docs/rich/tables.json"));
        mirrors.put("names", Fixtures.mirror("docs/names/tables.json"));
        mirrors.put("synthetic", SyntheticMirror.of(260));
        Map<String, Expected> expected = new TreeMap<>();
        Map<String, Mirror> mirrorOf = new HashMap<>();
        for (Map.Entry<String, Mirror> entry : mirrors.entrySet()) {
            Mirror mirror = entry.getValue();
            DocsPlan plan = SchemaDocs.plan(mirror, dir.resolve("nowhere"), false);
            ForeignKeyGraph graph = ForeignKeyGraph.of(mirror);
            for (Table table : mirror.tables()) {
                List<String> diagrams = diagrams(plan, PageNames.page(table));
                if (!diagrams.isEmpty()) {
                    String file = write(entry.getKey() + "-page-" + expected.size(), diagrams.get(0));
                    expected.put(file, pageDiagram(table, graph));
                    mirrorOf.put(file, mirror);
                }
            }
            List<String> index = diagrams(plan, SchemaDocs.INDEX);
            int part = 0;
            for (String schema : new TreeSet<>(mirror.tables().stream().filter(t -> !t.kind().isView()).map(Table::schema).toList())) {
                Expected whole = schemaDiagrams(mirror, schema, graph);
                List<String> files = new ArrayList<>();
                int parts = DiagramGroups.of(schema, tablesOf(mirror, schema), graph).size();
                for (int i = 0; i < parts; i++) {
                    files.add(write(entry.getKey() + "-index-" + part, index.get(part)));
                    part++;
                }
                expected.put(String.join(",", files), whole);
                files.forEach(f -> mirrorOf.put(f, mirror));
            }
            assertEquals(index.size(), part, "every diagram of the index belongs to a schema");
        }
        assertTrue(mirrors.get("synthetic").tables().size() > 2 * DiagramGroups.MAX_TABLES);

        Map<String, JsonNode> read = MermaidCheck.parse(dir);
        for (Map.Entry<String, Expected> diagram : expected.entrySet()) {
            List<JsonNode> parts = new ArrayList<>();
            for (String file : diagram.getKey().split(",")) {
                JsonNode result = read.get(file);
                assertTrue(result != null && !result.has("error"), () -> file + ": " + result);
                parts.add(result);
            }
            assertHolds(diagram.getKey(), diagram.getValue(), parts, mirrorOf.get(diagram.getKey().split(",")[0]));
        }
    }

    @Test
    void brokenTextIsRejectedAndASwallowedLineIsCaught() throws Exception {
        write("broken", "erDiagram\n    a {\n        int id PK PK\n    a ||--o{ : \"x\"\n");
        write("swallowed", "erDiagram\n    a {\n        int id PK\n    }\n    b {\n        int a_id FK\n    }\n"
                + "    a ||--o{ b : \"direction TB\"\n");
        Map<String, JsonNode> read = MermaidCheck.parse(dir);

        assertTrue(read.get("broken.mmd").get("error").asText().startsWith("Parse error on line 3"), read::toString);
        JsonNode swallowed = read.get("swallowed.mmd");
        assertEquals(0, swallowed.get("relationships").size(), "Mermaid takes the whole line for a layout statement");
        Expected oneKey = new Expected("public", Map.of(), List.of("public.b direction TB"), false);
        AssertionError caught = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> assertHolds("swallowed", oneKey, List.of(swallowed), null));
        assertTrue(caught.getMessage().contains("direction TB"), caught::getMessage);
    }

    private String write(String name, String diagram) throws Exception {
        Files.writeString(dir.resolve(name + ".mmd"), diagram, StandardCharsets.UTF_8);
        return name + ".mmd";
    }

    private static List<String> diagrams(DocsPlan plan, String file) {
        Matcher matcher = DIAGRAM.matcher(new String(plan.files().get(file), StandardCharsets.UTF_8));
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static List<Table> tablesOf(Mirror mirror, String schema) {
        return mirror.tables().stream().filter(t -> t.schema().equals(schema) && !t.kind().isView())
                .sorted(SchemaDocs.BY_NAME).toList();
    }

    /** A page: the table with all its columns, its neighbours (when few) with their key columns, the keys between them. */
    private static Expected pageDiagram(Table table, ForeignKeyGraph graph) {
        Map<String, List<String>> tables = new HashMap<>();
        tables.put(table.qualifiedName(), names(table.columns()));
        List<String> keys = new ArrayList<>();
        for (Relationship r : graph.outgoing(table)) {
            keys.add(r.child().qualifiedName() + " " + r.key().name());
            tables.putIfAbsent(r.parent().qualifiedName(), names(ErDiagram.keyColumns(r.parent())));
        }
        for (Relationship r : graph.incoming(table)) {
            if (!r.selfReference()) {
                keys.add(r.child().qualifiedName() + " " + r.key().name());
                tables.putIfAbsent(r.child().qualifiedName(), names(ErDiagram.keyColumns(r.child())));
            }
        }
        assertTrue(tables.size() <= TablePage.MAX_NEIGHBOURS + 1, "the fixtures stay under the neighbour limit");
        return new Expected(table.schema(), tables, keys, false);
    }

    /** A schema's parts together: each of its tables once with its key columns, each of their foreign keys once. */
    private static Expected schemaDiagrams(Mirror mirror, String schema, ForeignKeyGraph graph) {
        Map<String, List<String>> tables = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (Table table : tablesOf(mirror, schema)) {
            tables.put(table.qualifiedName(), names(ErDiagram.keyColumns(table)));
            graph.outgoing(table).forEach(r -> keys.add(table.qualifiedName() + " " + r.key().name()));
        }
        return new Expected(schema, tables, keys, true);
    }

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(c -> c.name().replace('\n', ' ')).toList();
    }

    /**
     * What Mermaid read matches the expectation: entity labels decode to the expected tables (boxes,
     * without columns, only for tables the diagram does not own), columns decode to their names in order,
     * and relationships to the expected keys, each once, with the cardinality of the mirror.
     */
    private static void assertHolds(String file, Expected expected, List<JsonNode> parts, Mirror mirror) {
        Map<String, List<String>> tables = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (JsonNode part : parts) {
            Map<String, String> nameOfId = new HashMap<>();
            for (JsonNode entity : part.get("entities")) {
                String label = MermaidCheck.decode(entity.get("label").asText());
                String name = label.contains(".") && !label.startsWith(expected.home() + ".") && isQualified(label, mirror)
                        ? label : expected.home() + "." + label;
                nameOfId.put(entity.get("id").asText(), name);
                List<String> columns = new ArrayList<>();
                for (JsonNode attribute : entity.get("attributes")) {
                    String comment = attribute.get("comment").asText();
                    columns.add(MermaidCheck.decode(comment.isEmpty() ? attribute.get("name").asText() : comment));
                }
                if (!columns.isEmpty() || !expected.boxesAllowed() || !tables.containsKey(name)) {
                    if (!columns.isEmpty() || !tables.containsKey(name)) {
                        List<String> before = tables.put(name, columns);
                        assertTrue(before == null || before.isEmpty(), () -> file + ": " + name + " drawn with columns twice");
                    }
                }
            }
            for (JsonNode relationship : part.get("relationships")) {
                String child = nameOfId.get(relationship.get("child").asText());
                String key = MermaidCheck.decode(relationship.get("label").asText());
                keys.add(child + " " + key);
                if (mirror != null) {
                    assertCardinality(file, mirror, child, key, nameOfId.get(relationship.get("parent").asText()), relationship);
                }
            }
        }
        assertEquals(new TreeSet<>(expected.keys()).toString(), new TreeSet<>(keys).toString(), file + ": foreign keys");
        assertEquals(expected.keys().size(), keys.size(), file + ": each foreign key once");
        for (Map.Entry<String, List<String>> table : expected.tables().entrySet()) {
            assertEquals(table.getValue(), tables.get(table.getKey()), file + ": columns of " + table.getKey());
        }
        Set<String> extra = new TreeSet<>(tables.keySet());
        extra.removeAll(expected.tables().keySet());
        for (String box : extra) {
            assertTrue(expected.boxesAllowed() && tables.get(box).isEmpty(), () -> file + ": unexpected table " + box);
        }
    }

    private static boolean isQualified(String label, Mirror mirror) {
        return mirror == null || mirror.tables().stream().anyMatch(t -> t.qualifiedName().equals(label));
    }

    private static void assertCardinality(String file, Mirror mirror, String child, String key, String parent, JsonNode read) {
        ForeignKeyGraph graph = ForeignKeyGraph.of(mirror);
        String what = file + ": " + child + " " + key;
        Table table = mirror.tables().stream().filter(t -> t.qualifiedName().equals(child)).findFirst()
                .orElseThrow(() -> new AssertionError(what + ": no such table"));
        Relationship r = graph.outgoing(table).stream().filter(x -> x.key().name().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(what + ": no such foreign key"));
        assertEquals(r.parent().qualifiedName(), parent, what);
        assertEquals(r.optional() ? "ZERO_OR_ONE" : "ONLY_ONE", read.get("parentSide").asText(), what);
        assertEquals(r.oneToOne() ? "ZERO_OR_ONE" : "ZERO_OR_MORE", read.get("childSide").asText(), what);
        assertEquals(r.identifying() ? "IDENTIFYING" : "NON_IDENTIFYING", read.get("line").asText(), what);
    }
}
