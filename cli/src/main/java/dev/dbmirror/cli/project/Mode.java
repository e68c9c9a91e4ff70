package dev.dbmirror.cli.project;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which side is the source of truth for the schema: {@code database} (changes are made in the
 * database and pulled into the mirror) or {@code repository} (changes are made to the mirror and
 * reach the database through generated migrations).
 */
public enum Mode {
    DATABASE("database"),
    REPOSITORY("repository");

    private final String json;

    Mode(String json) {
        this.json = json;
    }

    /** The word in {@code db/config/dbmirror.json}. */
    public String json() {
        return json;
    }

    static Optional<Mode> fromJson(String text) {
        return Arrays.stream(values()).filter(m -> m.json.equals(text)).findFirst();
    }
}
