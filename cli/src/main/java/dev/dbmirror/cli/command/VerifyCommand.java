package dev.dbmirror.cli.command;

import dev.dbmirror.cli.Session;
import dev.dbmirror.schema.diff.MirrorDiff;
import dev.dbmirror.schema.model.Mirror;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dbmirror verify}: does the committed mirror still match the live database? */
@Command(name = "verify",
        description = "Compare the committed mirror with the live database, structurally; writes nothing.",
        footer = {"", "Exit codes: 0 in sync, 1 error, 2 drift (the differences are printed, mirror → database)."})
public final class VerifyCommand extends LiveDatabaseCommand {

    @Mixin
    FormatOption format;

    public VerifyCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Mirror committed = mirror.load();
        Mirror live = connection.pull(session, output.progress(session), committed.source().schemas());
        MirrorDiff diff = MirrorDiff.between(committed, live);
        if (format.json()) {
            session.out().print(format.render(diff));
        } else if (diff.isEmpty()) {
            if (!output.quiet) {
                session.out().println(mirror.file + " is in sync with the database");
            }
        } else {
            session.out().println("drift: the database differs from " + mirror.file + " (run `dbmirror pull` to update it):");
            session.out().print(format.render(diff));
        }
        return diff.isEmpty() ? ExitCodes.OK : ExitCodes.DIFFERENT;
    }
}
