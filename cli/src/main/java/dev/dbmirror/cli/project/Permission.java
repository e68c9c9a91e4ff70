package dev.dbmirror.cli.project;

import java.util.Arrays;
import java.util.Optional;

/** What an environment of {@code db/config/db-environments.json} allows dbmirror to do with its database. */
public enum Permission {
    /** {@code migration --env ID}: read the schema to generate a migration for this database. */
    MIGRATIONS("migrations", "migrations", "migration needs"),
    /** {@code pull}, {@code verify}, {@code status}: read the schema of this database directly. */
    DIRECT_QUERIES("directQueries", "direct queries", "pull, verify and status need");

    private final String json;
    private final String words;
    private final String neededBy;

    Permission(String json, String words, String neededBy) {
        this.json = json;
        this.words = words;
        this.neededBy = neededBy;
    }

    public String json() {
        return json;
    }

    /** How messages name it. */
    String words() {
        return words;
    }

    /** The commands that need it, for messages: {@code migration needs}. */
    String neededBy() {
        return neededBy;
    }

    static Optional<Permission> fromJson(String text) {
        return Arrays.stream(values()).filter(p -> p.json.equals(text)).findFirst();
    }
}
