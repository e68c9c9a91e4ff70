package dev.dbmirror.cli.command;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.Session;
import dev.dbmirror.schema.io.Mirrors;
import dev.dbmirror.schema.model.Mirror;
import java.io.IOException;
import picocli.CommandLine.Command;

/** {@code dbmirror pull}: read the live schema and write the mirror file, atomically and only when it changed. */
@Command(name = "pull",
        description = "Read the live database schema and write it to the mirror file (canonical, atomic).",
        footer = {"", "Exit codes: 0 written or already up to date, 1 error (the old file is left as it was)."})
public final class PullCommand extends LiveDatabaseCommand {

    public PullCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Mirror live = connection.pull(session, output.progress(session), Mirrors.schemasOf(mirror.file));
        boolean written;
        try {
            written = Mirrors.save(live, mirror.file);
        } catch (IOException e) {
            throw new CliException("cannot write " + mirror.file + ": " + e.getMessage());
        }
        if (!output.quiet) {
            session.out().println((written ? "wrote " : "unchanged ") + mirror.file + ": " + summary(live));
        }
        return ExitCodes.OK;
    }

    static String summary(Mirror mirror) {
        return count(mirror.tables().size(), "relation") + ", " + count(mirror.enums().size(), "enum") + ", "
                + count(mirror.domains().size(), "domain");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
