package dev.dbmirror.cli.command;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.Session;
import dev.dbmirror.schema.io.AtomicFiles;
import dev.dbmirror.schema.io.MirrorWriter;
import dev.dbmirror.schema.model.Mirror;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dbmirror pull}: read the live schema and write the mirror file, atomically and only when it changed. */
@Command(name = "pull", mixinStandardHelpOptions = true,
        description = "Read the live database schema and write it to the mirror file (canonical, atomic).",
        footer = {"", "Exit codes: 0 written or already up to date, 1 error (the old file is left as it was)."})
public final class PullCommand implements Callable<Integer> {

    private final Session session;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    MirrorOption mirror;

    @Mixin
    OutputOptions output;

    public PullCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Mirror previous = connection.schemas.isEmpty() ? mirror.loadIfValid() : null;
        Mirror live = connection.pull(session, output.progress(session), previous);
        byte[] bytes = MirrorWriter.write(live).getBytes(StandardCharsets.UTF_8);
        boolean unchanged;
        try {
            unchanged = mirror.exists() && Arrays.equals(Files.readAllBytes(mirror.file), bytes);
            AtomicFiles.write(mirror.file, bytes);
        } catch (IOException e) {
            throw new CliException("cannot write " + mirror.file + ": " + e.getMessage());
        }
        if (!output.quiet) {
            session.out().println((unchanged ? "unchanged " : "wrote ") + mirror.file + ": " + summary(live));
        }
        return ExitCodes.OK;
    }

    private static String summary(Mirror mirror) {
        return mirror.tables().size() + " relations, " + mirror.enums().size() + " enums, "
                + mirror.domains().size() + " domains";
    }
}
