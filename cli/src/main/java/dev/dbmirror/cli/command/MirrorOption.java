package dev.dbmirror.cli.command;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.Environment;
import dev.dbmirror.cli.Session;
import dev.dbmirror.cli.report.Counts;
import dev.dbmirror.schema.io.MirrorException;
import dev.dbmirror.schema.io.Mirrors;
import dev.dbmirror.schema.model.Mirror;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * {@code --mirror}: the tables.json a command reads or writes. Without it, the nearest
 * {@code db/schema/tables.json} in the working folder or a folder above it, as git finds {@code .git}:
 * so a command run from a subfolder of the project uses the project's mirror.
 */
public final class MirrorOption {

    static final String DEFAULT = "db/schema/tables.json";

    @Option(names = "--mirror", paramLabel = "FILE",
            description = "The mirror file (default: " + DEFAULT + " here or in the nearest folder above that has one).")
    Path file;

    /**
     * The file to write: {@code --mirror}, the nearest existing mirror, or a new one in the working folder; but not a
     * new one beside the mirror of a module folder (a multi-module project's root), which is an error naming it.
     */
    Path forWriting(Environment env) {
        if (file != null) {
            return file;
        }
        Path start = env.workingDirectory();
        return nearest(start).orElseGet(() -> {
            moduleMirrors(start).ifPresent(message -> {
                throw new CliException(message);
            });
            return start.resolve(DEFAULT);
        });
    }

    /** The file to read: {@code --mirror}, or the nearest mirror; when there is none, an error that says where it looked. */
    Path forReading(Environment env) {
        return file != null ? file : nearestOrFail(env.workingDirectory());
    }

    /** {@code --mirror} if it names an existing file, else the nearest mirror at or above the working folder (status). */
    Optional<Path> existing(Environment env) {
        if (file != null) {
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        }
        return nearest(env.workingDirectory());
    }

    /**
     * Writes {@code mirror} to {@code target}, canonically and atomically, and says so on stdout:
     * {@code wrote FILE: 3 relations, …} or {@code unchanged FILE: …}, then {@code more} (nothing when
     * quiet); with {@code --format json} one line
     * {@code {"mirror": FILE, "written": true|false, "relations": n, "enums": n, "domains": n}}.
     */
    static void save(Path target, Mirror mirror, Session session, OutputOptions output, String more) {
        boolean written;
        try {
            written = Mirrors.save(mirror, target);
        } catch (IOException e) {
            throw new CliException("cannot write " + target + ": " + e.getMessage());
        }
        if (output.json()) {
            session.out().print(json(target, written, mirror));
        } else if (!output.quiet) {
            session.out().println((written ? "wrote " : "unchanged ") + target + ": " + Counts.of(mirror.tables().size(), "relation")
                    + ", " + Counts.of(mirror.enums().size(), "enum") + ", " + Counts.of(mirror.domains().size(), "domain") + more);
        }
    }

    private static String json(Path target, boolean written, Mirror mirror) {
        return JsonLine.of(json -> {
            json.writeStringField("mirror", target.toString());
            json.writeBooleanField("written", written);
            json.writeNumberField("relations", mirror.tables().size());
            json.writeNumberField("enums", mirror.enums().size());
            json.writeNumberField("domains", mirror.domains().size());
        });
    }

    static Mirror load(Path file) {
        try {
            return Mirrors.load(file);
        } catch (MirrorException e) {
            throw new CliException(e.getMessage());
        }
    }

    static Path nearestOrFail(Path start) {
        return nearest(start).orElseThrow(() -> new CliException(moduleMirrors(start).orElse("no " + DEFAULT + " in "
                + start.toAbsolutePath().normalize() + " or any folder above it; run `dbmirror pull` in the project's root folder"
                + " to create it, or pass --mirror FILE")));
    }

    /**
     * When {@code start} has no mirror but folders right below it do (the modules of a multi-module project, such as the
     * domain module of the two-module layout), the error that names them.
     */
    private static Optional<String> moduleMirrors(Path start) {
        List<String> modules;
        try (Stream<Path> folders = Files.list(start)) {
            modules = folders.filter(folder -> Files.isRegularFile(folder.resolve(DEFAULT)))
                    .map(folder -> folder.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (modules.isEmpty()) {
            return Optional.empty();
        }
        String first = modules.get(0);
        return Optional.of("no " + DEFAULT + " in " + start.toAbsolutePath().normalize() + " or any folder above it, but the"
                + (modules.size() == 1 ? " module folder " + first + " has one; run the command in " + first
                        : " module folders " + String.join(", ", modules) + " have one each; run the command in one of them")
                + ", or pass --mirror " + first + "/" + DEFAULT + " (or --mirror " + DEFAULT + " for a new mirror here)");
    }

    /** The nearest mirror at or above {@code start}: resolved against {@code start} when it is there, else absolute. */
    static Optional<Path> nearest(Path start) {
        if (Files.isRegularFile(start.resolve(DEFAULT))) {
            return Optional.of(start.resolve(DEFAULT));
        }
        for (Path folder = start.toAbsolutePath().getParent(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve(DEFAULT))) {
                return Optional.of(folder.resolve(DEFAULT));
            }
        }
        return Optional.empty();
    }
}
