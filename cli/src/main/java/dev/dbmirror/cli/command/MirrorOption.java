package dev.dbmirror.cli.command;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.Session;
import dev.dbmirror.schema.io.MirrorException;
import dev.dbmirror.schema.io.Mirrors;
import dev.dbmirror.schema.model.Mirror;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --mirror}: the tables.json a command reads or writes. */
public final class MirrorOption {

    static final String DEFAULT = "db/schema/tables.json";

    @Option(names = "--mirror", paramLabel = "FILE", defaultValue = DEFAULT,
            description = "The mirror file (default: ${DEFAULT-VALUE}).")
    Path file;

    boolean exists() {
        return Files.isRegularFile(file);
    }

    Mirror load() {
        return load(file);
    }

    /**
     * Writes {@code mirror} to the file, canonically and atomically, and says so on stdout unless
     * {@code quiet}: {@code wrote FILE: 3 relations, …} or {@code unchanged FILE: …}, then {@code more}.
     */
    void save(Mirror mirror, Session session, boolean quiet, String more) {
        boolean written;
        try {
            written = Mirrors.save(mirror, file);
        } catch (IOException e) {
            throw new CliException("cannot write " + file + ": " + e.getMessage());
        }
        if (!quiet) {
            session.out().println((written ? "wrote " : "unchanged ") + file + ": " + count(mirror.tables().size(), "relation")
                    + ", " + count(mirror.enums().size(), "enum") + ", " + count(mirror.domains().size(), "domain") + more);
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static Mirror load(Path file) {
        try {
            return Mirrors.load(file);
        } catch (MirrorException e) {
            throw new CliException(e.getMessage());
        }
    }
}
