package dev.dbmirror.schema.migrate;

import java.util.Objects;

/**
 * One step of a migration: a statement, a statement that may destroy data (written commented out
 * unless allowed), or a change the mirror cannot express as SQL, left to a person.
 *
 * @param sql  the statement, ending in {@code ;}; {@code null} for {@link Kind#MANUAL}
 * @param note why a destructive statement is so, or what a person has to do; {@code null} for a plain statement
 */
public record Step(Kind kind, String sql, String note) {

    private static final String ADD_VALUE = " ADD VALUE ";

    /** What a step is. */
    public enum Kind {
        STATEMENT,
        /** Drops a table or column, narrows a type, adds NOT NULL: it may lose data or fail on the data there. */
        DESTRUCTIVE,
        /** A difference that no statement written from the mirror can make (a view's query, removed enum labels). */
        MANUAL
    }

    public Step {
        Objects.requireNonNull(kind, "kind");
    }

    static Step statement(String sql) {
        return new Step(Kind.STATEMENT, sql, null);
    }

    static Step destructive(String sql, String why) {
        return new Step(Kind.DESTRUCTIVE, sql, why);
    }

    static Step manual(String what) {
        return new Step(Kind.MANUAL, null, what);
    }

    /** Whether this step adds a label to an enum ({@code ALTER TYPE … ADD VALUE}). */
    public boolean addsEnumValue() {
        return sql != null && sql.startsWith("ALTER TYPE ") && sql.contains(ADD_VALUE);
    }

    /** The label an {@code ADD VALUE} step adds, as the SQL literal it writes ({@code 'it''s'}); {@code null} for other steps. */
    String addedLabelLiteral() {
        if (!addsEnumValue()) {
            return null;
        }
        int start = sql.indexOf(ADD_VALUE) + ADD_VALUE.length();
        int end = start + 1;
        while (end < sql.length() && (sql.charAt(end) != '\'' || end + 1 < sql.length() && sql.charAt(end + 1) == '\'')) {
            end += sql.charAt(end) == '\'' ? 2 : 1;
        }
        return sql.substring(start, end + 1);
    }
}
