package dev.dbmirror.cli.command;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.Session;
import dev.dbmirror.schema.context.SchemaContext;
import dev.dbmirror.schema.io.FileSet;
import dev.dbmirror.schema.model.Mirror;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dbmirror context}: the schema context file for coding assistants and its checksum registry. */
@Command(name = "context",
        description = {"Write the schema context file for coding assistants and its checksum registry.",
                "Writes db/schema.json in the context folder (tables, columns, keys, relationships both ways with their"
                + " cardinality, enums, views, the mirror's source and checksum) and keeps the folder's registry.json"
                + " (each file with its SHA-256) current. Reads only the mirror, never a database."},
        footer = {"", "Exit codes: 0 written (with --check: current), 1 error (no file changed), 2 stale (--check)."})
public final class ContextCommand implements Callable<Integer> {

    static final String DEFAULT_OUT = "docs/context";

    private final Session session;

    @Mixin
    MirrorOption mirror;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = DEFAULT_OUT,
            description = "The context folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--check", description = "Change nothing; exit 2 and say which file is stale. Meant for CI.")
    boolean check;

    @Mixin
    OutputOptions output;

    public ContextCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Path mirrorFile = mirror.forReading(session.environment());
        Mirror loaded = MirrorOption.load(mirrorFile);
        OutputFolder.requireFolderOrNothing(out, "--out");
        SchemaContext.Plan plan;
        try {
            plan = SchemaContext.plan(loaded, out);
        } catch (IOException e) {
            throw new CliException(FileProblems.cannotRead(out, e));
        }
        if (check) {
            return StaleReport.print(session, output, out, mirrorFile, plan.staleness(), "dbmirror context");
        }
        FileSet.Result result;
        try {
            result = plan.write();
        } catch (IOException e) {
            throw new CliException(FileProblems.cannotWrite(out, e));
        }
        if (output.json()) {
            session.out().print(JsonLine.of(json -> {
                json.writeStringField("out", out.toString());
                JsonLine.strings(json, "written", result.written());
                JsonLine.strings(json, "unchanged", result.unchanged());
            }));
        } else if (!output.quiet) {
            for (String file : plan.files().keySet()) {
                session.out().println((result.written().contains(file) ? "wrote " : "unchanged ") + out.resolve(file));
            }
        }
        return ExitCodes.OK;
    }
}
