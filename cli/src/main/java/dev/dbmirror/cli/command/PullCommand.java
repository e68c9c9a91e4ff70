package dev.dbmirror.cli.command;

import dev.dbmirror.cli.Session;
import dev.dbmirror.cli.project.Permission;
import dev.dbmirror.schema.io.Mirrors;
import dev.dbmirror.schema.model.Mirror;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/** {@code dbmirror pull}: read the live schema and write the mirror file, atomically and only when it changed. */
@Command(name = "pull",
        description = "Read the live database schema and write it to the mirror file (canonical, atomic).",
        footer = {"", "In repository mode (db/config/dbmirror.json) the project's mirror is not overwritten: pull into"
                + " another file with --mirror.",
                "", "Exit codes: 0 written or already up to date, 1 error (the old file is left as it was)."})
public final class PullCommand extends LiveDatabaseCommand {

    public PullCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Path file = mirror.forWriting(session.environment());
        ModeCheck.refuseOverwriteInRepositoryMode(session, file);
        Mirror live = connection.pull(session, output.progress(session), Mirrors.schemasOf(file), Permission.DIRECT_QUERIES);
        MirrorOption.save(file, live, session, output, "");
        return ExitCodes.OK;
    }
}
