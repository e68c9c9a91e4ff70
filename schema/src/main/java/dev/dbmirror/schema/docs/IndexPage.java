package dev.dbmirror.schema.docs;

import static dev.dbmirror.schema.docs.Markdown.code;
import static dev.dbmirror.schema.docs.Markdown.text;

import dev.dbmirror.schema.graph.ForeignKeyGraph;
import dev.dbmirror.schema.graph.Relationship;
import dev.dbmirror.schema.model.Domain;
import dev.dbmirror.schema.model.EnumType;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Table;
import dev.dbmirror.schema.model.TableKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code _index.md}: every relation with its status against the pages that were in the folder, the
 * figures of the schema, the ER diagrams of each schema (see {@link DiagramGroups} for the cut) and
 * the order in which the scripts load.
 */
final class IndexPage {

    /** How many of the widest tables are listed. */
    static final int WIDEST = 10;
    /** A comment in the table list is cut to its first line and this many characters. */
    private static final int COMMENT_LENGTH = 80;

    /** The status line and the first cell of each row: what {@link #withoutStatus} blanks out. */
    private static final String STATUS_LINE = "Status against the pages that were here before this run: ";
    private static final Pattern STATUS = Pattern.compile("(?m)^(" + Pattern.quote(STATUS_LINE) + ").*$|^\\| [✓+~⚠] \\|");

    /** A page or script whose relation is gone from the mirror. */
    record Orphan(String relation, List<String> files) {
    }

    private final Mirror mirror;
    private final ForeignKeyGraph graph;
    private final AttributeTypes attributeTypes;

    IndexPage(Mirror mirror, ForeignKeyGraph graph, AttributeTypes attributeTypes) {
        this.mirror = mirror;
        this.graph = graph;
        this.attributeTypes = attributeTypes;
    }

    /** The index with every status mark and the status line blanked: equal for a run before and after writing. */
    static String withoutStatus(String index) {
        return STATUS.matcher(index).replaceAll(m -> m.group(1) != null ? Matcher.quoteReplacement(m.group(1)) : "| |");
    }

    String render(List<Table> tables, Map<String, PageStatus> statuses, List<Orphan> orphans, List<String> loadOrder) {
        StringBuilder out = new StringBuilder(256 * tables.size() + 4096);
        out.append(SchemaDocs.PAGE_MARKER).append("\n# Database schema\n\n");
        out.append("From the mirror of a ").append(text(mirror.source().dialect()));
        if (mirror.source().serverMajor() != null) {
            out.append(' ').append(mirror.source().serverMajor());
        }
        out.append(" database");
        if (!mirror.source().schemas().isEmpty()) {
            List<String> schemas = new ArrayList<>();
            mirror.source().schemas().forEach(s -> schemas.add(code(s)));
            out.append(", schema").append(schemas.size() == 1 ? " " : "s ").append(String.join(", ", schemas));
        }
        out.append(". Each relation has a page (`.md`) and a PostgreSQL script (`.sql`).\n\n");
        figures(out, tables);
        relations(out, tables, statuses, orphans);
        widest(out, tables);
        withoutPrimaryKey(out, tables);
        enums(out);
        domains(out);
        diagrams(out, tables);
        load(out, loadOrder);
        return out.toString();
    }

    private void figures(StringBuilder out, List<Table> tables) {
        Map<TableKind, Integer> kinds = new EnumMap<>(TableKind.class);
        int columns = 0;
        int foreignKeys = 0;
        for (Table table : tables) {
            kinds.merge(table.kind(), 1, Integer::sum);
            columns += table.columns().size();
            foreignKeys += table.foreignKeys().size();
        }
        out.append("## Figures\n\n| | |\n|---|---:|\n");
        row(out, "tables", kinds.getOrDefault(TableKind.TABLE, 0));
        if (kinds.containsKey(TableKind.PARTITIONED_TABLE)) {
            row(out, "partitioned tables", kinds.get(TableKind.PARTITIONED_TABLE));
        }
        row(out, "views", kinds.getOrDefault(TableKind.VIEW, 0));
        row(out, "materialized views", kinds.getOrDefault(TableKind.MATERIALIZED_VIEW, 0));
        if (kinds.containsKey(TableKind.FOREIGN_TABLE)) {
            row(out, "foreign tables", kinds.get(TableKind.FOREIGN_TABLE));
        }
        row(out, "columns", columns);
        row(out, "foreign keys", foreignKeys);
        row(out, "enums", mirror.enums().size());
        row(out, "domains", mirror.domains().size());
        row(out, "tables without primary key", withoutPrimaryKey(tables).size());
        out.append('\n');
    }

    private static void row(StringBuilder out, String label, int count) {
        out.append("| ").append(label).append(" | ").append(count).append(" |\n");
    }

    private void relations(StringBuilder out, List<Table> tables, Map<String, PageStatus> statuses, List<Orphan> orphans) {
        Map<PageStatus, Integer> counts = new EnumMap<>(PageStatus.class);
        statuses.values().forEach(s -> counts.merge(s, 1, Integer::sum));
        if (!orphans.isEmpty()) {
            counts.put(PageStatus.ORPHANED, orphans.size());
        }
        List<String> summary = new ArrayList<>();
        for (PageStatus status : PageStatus.values()) {
            if (counts.containsKey(status)) {
                summary.add(status.mark() + " " + counts.get(status) + " " + status.word());
            }
        }
        out.append("## Relations\n\n").append(STATUS_LINE).append(summary.isEmpty() ? "nothing" : String.join(" · ", summary))
                .append(".\n\n| | relation | kind | columns | primary key | references | referenced by | comment |\n")
                .append("|---|---|---|---:|---|---:|---:|---|\n");
        for (Table table : tables) {
            out.append("| ").append(statuses.get(table.qualifiedName()).mark())
                    .append(" | ").append(Markdown.link(text(table.qualifiedName()), PageNames.page(table)))
                    .append(" | ").append(table.kind().json().replace('_', ' '))
                    .append(" | ").append(table.columns().size())
                    .append(" | ").append(table.primaryKey() == null ? "" : columnList(table.primaryKey().columns()))
                    .append(" | ").append(graph.outgoing(table).size())
                    .append(" | ").append(graph.incoming(table).size())
                    .append(" | ").append(shortComment(table.comment()))
                    .append(" |\n");
        }
        for (Orphan orphan : orphans) {
            List<String> files = new ArrayList<>();
            orphan.files().forEach(f -> files.add(code(f)));
            out.append("| ").append(PageStatus.ORPHANED.mark())
                    .append(" | ").append(orphan.relation() == null ? "" : text(orphan.relation()))
                    .append(" | gone from the mirror | | | | | ").append(String.join(", ", files))
                    .append(": remove with `dbmirror docs --prune` |\n");
        }
        out.append('\n');
    }

    private static String shortComment(String comment) {
        if (comment == null) {
            return "";
        }
        String line = comment.strip().split("\r\n|\r|\n", 2)[0];
        boolean cut = line.length() > COMMENT_LENGTH || !line.equals(comment.strip());
        if (line.length() > COMMENT_LENGTH) {
            line = line.substring(0, Character.isHighSurrogate(line.charAt(COMMENT_LENGTH - 1)) ? COMMENT_LENGTH - 1 : COMMENT_LENGTH);
        }
        return text(line) + (cut ? " …" : "");
    }

    private static String columnList(List<String> columns) {
        List<String> codes = new ArrayList<>(columns.size());
        columns.forEach(c -> codes.add(code(c)));
        return String.join(", ", codes);
    }

    private static void widest(StringBuilder out, List<Table> tables) {
        List<Table> widest = tables.stream()
                .filter(t -> !t.kind().isView())
                .sorted(Comparator.comparing((Table t) -> -t.columns().size()).thenComparing(SchemaDocs.BY_NAME))
                .limit(WIDEST)
                .toList();
        if (widest.isEmpty()) {
            return;
        }
        out.append("## Widest tables\n\n| table | columns |\n|---|---:|\n");
        for (Table table : widest) {
            out.append("| ").append(Markdown.link(text(table.qualifiedName()), PageNames.page(table)))
                    .append(" | ").append(table.columns().size()).append(" |\n");
        }
        out.append('\n');
    }

    private static List<Table> withoutPrimaryKey(List<Table> tables) {
        return tables.stream()
                .filter(t -> t.primaryKey() == null && (t.kind() == TableKind.TABLE || t.kind() == TableKind.PARTITIONED_TABLE))
                .toList();
    }

    private static void withoutPrimaryKey(StringBuilder out, List<Table> tables) {
        List<Table> keyless = withoutPrimaryKey(tables);
        if (keyless.isEmpty()) {
            return;
        }
        out.append("## Tables without primary key\n\n");
        for (Table table : keyless) {
            out.append("- ").append(Markdown.link(text(table.qualifiedName()), PageNames.page(table))).append('\n');
        }
        out.append('\n');
    }

    private void enums(StringBuilder out) {
        if (mirror.enums().isEmpty()) {
            return;
        }
        out.append("## Enums\n\n| enum | labels | comment |\n|---|---|---|\n");
        for (EnumType type : mirror.enums()) {
            List<String> labels = new ArrayList<>();
            type.values().forEach(v -> labels.add(code(v)));
            out.append("| ").append(code(type.qualifiedName())).append(" | ").append(String.join(", ", labels))
                    .append(" | ").append(type.comment() == null ? "" : text(type.comment())).append(" |\n");
        }
        out.append('\n');
    }

    private void domains(StringBuilder out) {
        if (mirror.domains().isEmpty()) {
            return;
        }
        out.append("## Domains\n\n| domain | type | nullable | default | checks | comment |\n|---|---|---|---|---|---|\n");
        for (Domain domain : mirror.domains()) {
            List<String> checks = new ArrayList<>();
            domain.checks().forEach(c -> checks.add(code(c.expression())));
            out.append("| ").append(code(domain.qualifiedName()))
                    .append(" | ").append(code(domain.type()))
                    .append(" | ").append(domain.nullable() ? "yes" : "no")
                    .append(" | ").append(domain.defaultValue() == null ? "" : code(domain.defaultValue()))
                    .append(" | ").append(String.join("<br>", checks))
                    .append(" | ").append(domain.comment() == null ? "" : text(domain.comment()))
                    .append(" |\n");
        }
        out.append('\n');
    }

    private void diagrams(StringBuilder out, List<Table> tables) {
        Map<String, List<Table>> bySchema = new TreeMap<>();
        for (Table table : tables) {
            if (!table.kind().isView()) {
                bySchema.computeIfAbsent(table.schema(), s -> new ArrayList<>()).add(table);
            }
        }
        if (bySchema.isEmpty()) {
            return;
        }
        out.append("## Diagrams\n\nOne diagram per schema, of its tables with their key columns. A schema of more than ")
                .append(DiagramGroups.MAX_TABLES).append(" tables is drawn in parts of related tables: tables joined by")
                .append(" foreign keys stay together, a larger set of them is cut breadth first from its best-connected table,")
                .append(" and small sets share a part. A table of another part or schema that a key references is drawn as")
                .append(" a plain box.\n\n");
        for (Map.Entry<String, List<Table>> schema : bySchema.entrySet()) {
            for (DiagramGroups.Group group : DiagramGroups.of(schema.getKey(), schema.getValue(), graph)) {
                out.append("### ").append(text(schema.getKey()));
                if (group.parts() > 1) {
                    out.append(", part ").append(group.part()).append(" of ").append(group.parts())
                            .append(": ").append(group.tables().size()).append(" tables around ").append(code(group.hub().name()));
                }
                out.append("\n\n```mermaid\n").append(diagram(group)).append("```\n\n");
            }
        }
    }

    private String diagram(DiagramGroups.Group group) {
        ErDiagram diagram = new ErDiagram(group.schema(), attributeTypes);
        for (Table table : group.tables()) {
            diagram.entity(table, ErDiagram.keyColumns(table));
        }
        for (Table table : group.tables()) {
            for (Relationship relationship : graph.outgoing(table)) {
                diagram.relationship(relationship);
            }
        }
        return diagram.text();
    }

    private static void load(StringBuilder out, List<String> loadOrder) {
        out.append("## Loading the scripts\n\n")
                .append("The scripts recreate the schema in an empty PostgreSQL database when run in this order: the types first,")
                .append(" then each table after the tables it references (a foreign key that closes a cycle is added by the")
                .append(" script that runs last). For example, from this folder:\n\n")
                .append("```sh\nsed -n '/^```text$/,/^```$/p' _index.md | sed '1d;$d' | while IFS= read -r f; do\n")
                .append("  psql -v ON_ERROR_STOP=1 -f \"$f\" || break\ndone\n```\n\n")
                .append("```text\n");
        loadOrder.forEach(f -> out.append(f).append('\n'));
        out.append("```\n");
    }
}
