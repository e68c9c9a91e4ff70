package dev.dbmirror.cli.command;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.Session;
import dev.dbmirror.cli.report.Counts;
import dev.dbmirror.schema.docs.DocsPlan;
import dev.dbmirror.schema.docs.PageStatus;
import dev.dbmirror.schema.docs.SchemaDocs;
import dev.dbmirror.schema.io.FileSet;
import dev.dbmirror.schema.model.Mirror;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dbmirror docs}: the mirror as pages, PostgreSQL scripts, an index and ER diagrams; reads only the mirror. */
@Command(name = "docs",
        description = {"Write the mirror as docs: per table a Markdown page and a PostgreSQL script, an index with ER"
                + " diagrams.",
                "Per table <schema>.<table>.md (columns, keys, checks, indexes, foreign keys both ways, a Mermaid ER"
                + " diagram of its neighbours) and <schema>.<table>.sql (the DDL that recreates it); _types.sql (schemas,"
                + " enums, domains); _index.md (status marks ✓ + ~ ⚠ against the pages already there, figures, ER"
                + " diagrams, the order to run the scripts in); _table_list.txt. Reads only the mirror, never a database."},
        footer = {"", "Exit codes: 0 written (with --check: current), 1 error (no file changed), 2 stale (--check)."})
public final class DocsCommand implements Callable<Integer> {

    static final String DEFAULT_OUT = "docs/schema";

    private final Session session;

    @Mixin
    MirrorOption mirror;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = DEFAULT_OUT,
            description = "The folder of the docs (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--prune", description = "Remove the pages and scripts of tables that are gone from the mirror.")
    boolean prune;

    @Option(names = "--check", description = "Change nothing; exit 2 and list the files that are stale.")
    boolean check;

    @Mixin
    OutputOptions output;

    public DocsCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Path mirrorFile = mirror.forReading(session.environment());
        Mirror loaded = MirrorOption.load(mirrorFile);
        OutputFolder.requireFolderOrNothing(out, "--out");
        DocsPlan plan;
        try {
            plan = SchemaDocs.plan(loaded, out, prune);
        } catch (IOException e) {
            throw new CliException(FileProblems.cannotRead(out, e));
        }
        if (check) {
            return StaleReport.print(session, output, out, mirrorFile, plan.staleness(),
                    "dbmirror docs" + (plan.orphans().isEmpty() ? "" : " --prune"));
        }
        FileSet.Result result;
        try {
            result = plan.write();
        } catch (IOException e) {
            throw new CliException(FileProblems.cannotWrite(out, e));
        }
        if (output.json()) {
            session.out().print(json(plan, result));
        } else if (!output.quiet) {
            session.out().println(summary(plan, result));
        }
        return ExitCodes.OK;
    }

    private String json(DocsPlan plan, FileSet.Result result) {
        return JsonLine.of(json -> {
            json.writeStringField("out", out.toString());
            json.writeNumberField("relations", plan.statuses().size());
            json.writeObjectFieldStart("statuses");
            for (PageStatus status : PageStatus.values()) {
                json.writeNumberField(status.word(), plan.statuses().values().stream().filter(status::equals).count());
            }
            json.writeEndObject();
            JsonLine.strings(json, "written", result.written());
            JsonLine.strings(json, "unchanged", result.unchanged());
            JsonLine.strings(json, "removed", result.removed());
            JsonLine.strings(json, "orphaned", plan.orphans());
        });
    }

    private String summary(DocsPlan plan, FileSet.Result result) {
        Map<PageStatus, Integer> counts = new EnumMap<>(PageStatus.class);
        plan.statuses().values().forEach(s -> counts.merge(s, 1, Integer::sum));
        List<String> marks = new ArrayList<>();
        for (PageStatus status : PageStatus.values()) {
            if (counts.containsKey(status)) {
                marks.add(status.mark() + " " + counts.get(status) + " " + status.word());
            }
        }
        StringBuilder line = new StringBuilder(result.written().isEmpty() ? "unchanged " : "wrote ").append(out).append(": ")
                .append(Counts.of(plan.statuses().size(), "relation")).append(" (").append(String.join(", ", marks)).append("), ")
                .append(Counts.of(result.written().size(), "file")).append(" written, ")
                .append(result.unchanged().size()).append(" unchanged");
        if (!result.removed().isEmpty()) {
            line.append(", ").append(result.removed().size()).append(" removed");
        } else if (!plan.orphans().isEmpty()) {
            line.append("; ⚠ ").append(Counts.of(plan.orphans().size(), "orphaned file"))
                    .append(" of tables gone from the mirror (remove with --prune)");
        }
        return line.toString();
    }
}
