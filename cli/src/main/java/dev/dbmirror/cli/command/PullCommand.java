package dev.dbmirror.cli.command;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.Session;
import dev.dbmirror.cli.args.CommandSpec;
import dev.dbmirror.cli.args.ParsedArguments;
import dev.dbmirror.schema.io.AtomicFiles;
import dev.dbmirror.schema.io.MirrorWriter;
import dev.dbmirror.schema.model.Mirror;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** {@code dbmirror pull}: read the live schema and write the mirror file, atomically and only when it changed. */
public final class PullCommand extends LiveDatabaseCommand {

    public static final CommandSpec SPEC = CommandSpec.named("pull",
                    "Read the live database schema and write it to the mirror file (canonical, atomic).")
            .withOptions(OPTIONS)
            .withFooter("Exit codes: 0 written or already up to date, 1 error (the old file is left as it was).");

    public PullCommand(Session session, ParsedArguments args) {
        super(session, args);
    }

    @Override
    public Integer call() {
        Mirror live = connection.pull(session, output.progress(session), MirrorSchemas.of(mirror.file));
        byte[] bytes = MirrorWriter.write(live).getBytes(StandardCharsets.UTF_8);
        boolean written;
        try {
            written = AtomicFiles.write(mirror.file, bytes);
        } catch (IOException e) {
            throw new CliException("cannot write " + mirror.file + ": " + e.getMessage());
        }
        if (!output.quiet) {
            session.out().println((written ? "wrote " : "unchanged ") + mirror.file + ": " + summary(live));
        }
        return ExitCodes.OK;
    }

    private static String summary(Mirror mirror) {
        return count(mirror.tables().size(), "relation") + ", " + count(mirror.enums().size(), "enum") + ", "
                + count(mirror.domains().size(), "domain");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
