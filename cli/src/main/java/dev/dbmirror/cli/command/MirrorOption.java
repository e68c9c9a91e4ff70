package dev.dbmirror.cli.command;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.args.Option;
import dev.dbmirror.cli.args.ParsedArguments;
import dev.dbmirror.schema.io.MirrorException;
import dev.dbmirror.schema.io.Mirrors;
import dev.dbmirror.schema.model.Mirror;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --mirror}: the tables.json a command reads or writes. */
public final class MirrorOption {

    static final String DEFAULT = "db/schema/tables.json";

    static final Option MIRROR = Option.value("--mirror", "FILE", "The mirror file (default: " + DEFAULT + ").")
            .withDefault(DEFAULT);

    final Path file;

    MirrorOption(ParsedArguments args) {
        file = Path.of(args.value(MIRROR));
    }

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
