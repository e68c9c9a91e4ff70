package dev.dbmirror.cli.command;

import dev.dbmirror.cli.Session;
import dev.dbmirror.cli.project.Mode;
import dev.dbmirror.cli.project.Permission;
import dev.dbmirror.schema.diff.MirrorDiff;
import dev.dbmirror.schema.model.Mirror;
import picocli.CommandLine.Command;
import java.nio.file.Path;

/** {@code dbmirror verify}: does the committed mirror still match the live database? */
@Command(name = "verify",
        description = "Compare the committed mirror with the live database, structurally; writes nothing.",
        footer = {"", "In repository mode (db/config/dbmirror.json) the differences are what the database lacks"
                + " (database → mirror).",
                "", "Exit codes: 0 in sync, 1 error, 2 drift (the differences are printed, mirror → database)."})
public final class VerifyCommand extends LiveDatabaseCommand {

    public VerifyCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Path file = mirror.forReading(session.environment());
        Mirror committed = MirrorOption.load(file);
        Mirror live = connection.pull(session, output.progress(session), committed.source().schemas(), Permission.DIRECT_QUERIES);
        // database mode: what changed in the database since the pull; repository mode: what the database lacks
        boolean repository = ModeCheck.mode(session) == Mode.REPOSITORY;
        MirrorDiff diff = repository ? MirrorDiff.between(live, committed) : MirrorDiff.between(committed, live);
        if (output.json()) {
            session.out().print(output.render(diff));
        } else if (diff.isEmpty()) {
            if (!output.quiet) {
                session.out().println(file + " is in sync with the database");
            }
        } else if (repository) {
            session.out().println("the database lacks what " + file + " has (generate a migration with `dbmirror migration"
                    + " --name NAME`, review it and apply it):");
            session.out().print(output.render(diff));
        } else {
            session.out().println("drift: the database differs from " + file + " (run `dbmirror pull` to update it):");
            session.out().print(output.render(diff));
        }
        return diff.isEmpty() ? ExitCodes.OK : ExitCodes.DIFFERENT;
    }
}
