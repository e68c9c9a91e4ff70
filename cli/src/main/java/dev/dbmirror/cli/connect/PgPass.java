package dev.dbmirror.cli.connect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A libpq password file: lines {@code host:port:database:user:password}, {@code *} matching anything
 * in the first four fields, {@code \:} and {@code \\} escaping, {@code #} starting a comment line.
 * The first matching line wins.
 */
public final class PgPass {

    private final List<List<String>> entries;

    private PgPass(List<List<String>> entries) {
        this.entries = entries;
    }

    /** Reads the file; a missing or unreadable file is an empty one, as libpq treats it. */
    public static PgPass read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            lines = List.of();
        }
        List<List<String>> entries = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = split(line);
            if (fields.size() == 5) {
                entries.add(fields);
            }
        }
        return new PgPass(entries);
    }

    /** The password of the first line that matches all four keys. */
    public Optional<String> password(String host, int port, String database, String user) {
        List<String> wanted = List.of(host, Integer.toString(port), database, user);
        for (List<String> fields : entries) {
            if (matches(fields, wanted)) {
                return Optional.of(fields.get(4));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(List<String> fields, List<String> wanted) {
        for (int i = 0; i < wanted.size(); i++) {
            if (!fields.get(i).equals("*") && !fields.get(i).equals(wanted.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
