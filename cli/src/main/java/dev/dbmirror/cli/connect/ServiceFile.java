package dev.dbmirror.cli.connect;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * libpq's connection service file: {@code [name]} sections of {@code key=value} lines, {@code #}
 * comments. The user's file ({@code PGSERVICEFILE}, else {@code ~/.pg_service.conf}) is searched
 * first, then {@code pg_service.conf} in {@code PGSYSCONFDIR} when that is set.
 */
final class ServiceFile {

    private ServiceFile() {
    }

    /** The settings of service {@code name}; an error that names the files searched when none defines it. */
    static Map<String, String> service(String name, Environment env) {
        String userFile = env.variable("PGSERVICEFILE");
        List<Path> files = new ArrayList<>();
        files.add(userFile != null ? Path.of(userFile) : env.home().resolve(".pg_service.conf"));
        String systemFolder = env.variable("PGSYSCONFDIR");
        if (systemFolder != null) {
            files.add(Path.of(systemFolder, "pg_service.conf"));
        }
        for (Path file : files) {
            Map<String, String> settings = read(file, name);
            if (settings != null) {
                return settings;
            }
        }
        throw new CliException("service " + name + " (PGSERVICE) is not defined in "
                + String.join(" or ", files.stream().map(Path::toString).toList())
                + "; add a [" + name + "] section there or unset PGSERVICE");
    }

    /** The section's settings, or {@code null} when the file is missing or has no such section. */
    private static Map<String, String> read(Path file, String name) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new CliException("cannot read the service file " + file + ": " + e.getMessage());
        }
        Map<String, String> settings = null;
        boolean inSection = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                inSection = line.substring(1, line.length() - 1).equals(name);
                if (inSection && settings == null) {
                    settings = new HashMap<>();
                }
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new CliException(file + ":" + (i + 1) + ": expected key=value or [service] in the service file");
            }
            if (inSection) {
                settings.putIfAbsent(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            }
        }
        return settings;
    }
}
