package dev.dbmirror.cli.command;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.schema.io.MirrorException;
import dev.dbmirror.schema.io.Mirrors;
import dev.dbmirror.schema.model.Mirror;
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

    static Mirror load(Path file) {
        try {
            return Mirrors.load(file);
        } catch (MirrorException e) {
            throw new CliException(e.getMessage());
        }
    }
}
