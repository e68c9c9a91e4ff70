package dev.dbmirror.cli.command;

import dev.dbmirror.cli.Session;
import dev.dbmirror.cli.report.Counts;
import dev.dbmirror.schema.io.MirrorWriter;
import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Key;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dbmirror list}: the mirror's relations, one a line, with their column counts, keys and comments. */
@Command(name = "list",
        description = "List the mirror's tables and views, one a line: kind, number of columns, primary key, unique"
                + " keys, foreign keys and the first line of the comment. Reads only the mirror.",
        footer = {"", "Exit codes: 0 listed, 1 error."})
public final class ListCommand implements Callable<Integer> {

    private final Session session;

    @Mixin
    MirrorOption mirror;

    @Mixin
    OutputOptions output;

    public ListCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Path file = mirror.forReading(session.environment());
        List<Table> tables = MirrorWriter.canonicalize(MirrorOption.load(file)).tables();
        if (output.json()) {
            session.out().print(json(file, tables));
        } else if (tables.isEmpty()) {
            if (!output.quiet) {
                session.out().println("no tables in " + file + "; add one with `dbmirror add-table` or `dbmirror pull`");
            }
        } else {
            int[] widths = {
                tables.stream().mapToInt(t -> t.qualifiedName().length()).max().orElse(0),
                tables.stream().mapToInt(t -> t.kind().json().length()).max().orElse(0),
                tables.stream().mapToInt(t -> columnCount(t).length()).max().orElse(0)};
            for (Table table : tables) {
                session.out().println(line(table, widths));
            }
        }
        return ExitCodes.OK;
    }

    private static String columnCount(Table table) {
        return Counts.of(table.columns().size(), "column");
    }

    /** @param widths of the name, the kind and the column count: each field starts where it does on the other lines */
    private static String line(Table table, int[] widths) {
        List<String> keys = new ArrayList<>();
        if (table.primaryKey() != null) {
            keys.add("pk (" + String.join(", ", table.primaryKey().columns()) + ")");
        }
        for (Key unique : table.uniques()) {
            keys.add("unique (" + String.join(", ", unique.columns()) + ")");
        }
        for (ForeignKey key : table.foreignKeys()) {
            keys.add("fk (" + String.join(", ", key.columns()) + ") → " + key.references().qualifiedTable());
        }
        StringBuilder line = new StringBuilder(String.format("%-" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2] + "s",
                table.qualifiedName(), table.kind().json(), columnCount(table)));
        if (!keys.isEmpty()) {
            line.append("  ").append(String.join(", ", keys));
        }
        firstLine(table.comment()).ifPresent(comment -> line.append("  -- ").append(comment));
        return line.toString().stripTrailing();
    }

    private static Optional<String> firstLine(String comment) {
        if (comment == null || comment.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(comment.strip().lines().findFirst().orElse("").strip());
    }

    private static String json(Path file, List<Table> tables) {
        return JsonLine.of(json -> {
            json.writeStringField("mirror", file.toString());
            json.writeArrayFieldStart("tables");
            for (Table table : tables) {
                json.writeStartObject();
                json.writeStringField("name", table.qualifiedName());
                json.writeStringField("kind", table.kind().json());
                json.writeNumberField("columns", table.columns().size());
                if (table.primaryKey() != null) {
                    JsonLine.strings(json, "primaryKey", table.primaryKey().columns());
                } else {
                    json.writeNullField("primaryKey");
                }
                json.writeArrayFieldStart("uniques");
                for (Key unique : table.uniques()) {
                    JsonLine.strings(json, unique.columns());
                }
                json.writeEndArray();
                json.writeArrayFieldStart("foreignKeys");
                for (ForeignKey key : table.foreignKeys()) {
                    json.writeStartObject();
                    JsonLine.strings(json, "columns", key.columns());
                    json.writeStringField("references", key.references().qualifiedTable());
                    JsonLine.strings(json, "referencedColumns", key.references().columns());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeStringField("comment", table.comment());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }
}
