package dev.dbmirror.cli.command;

import dev.dbmirror.cli.Session;
import dev.dbmirror.schema.diff.MirrorDiff;
import dev.dbmirror.schema.model.Mirror;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dbmirror verify}: does the committed mirror still match the live database? */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Compare the committed mirror with the live database, structurally; writes nothing.",
        footer = {"", "Exit codes: 0 in sync, 1 error, 2 drift (the differences are printed, mirror → database)."})
public final class VerifyCommand implements Callable<Integer> {

    private final Session session;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    MirrorOption mirror;

    @Mixin
    OutputOptions output;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "How to print the drift: text for people, json for machines (default: ${DEFAULT-VALUE}).")
    DiffFormat format;

    public VerifyCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Mirror committed = mirror.load();
        Mirror live = connection.pull(session, output.progress(session), committed);
        MirrorDiff diff = MirrorDiff.between(committed, live);
        if (format == DiffFormat.json) {
            session.out().print(diff.toJson());
        } else if (diff.isEmpty()) {
            if (!output.quiet) {
                session.out().println(mirror.file + " is in sync with the database");
            }
        } else {
            session.out().println("drift: the database differs from " + mirror.file + " (run `dbmirror pull` to update it):");
            session.out().print(diff.toText());
        }
        return diff.isEmpty() ? ExitCodes.OK : ExitCodes.DIFFERENT;
    }
}
