package dev.dbmirror.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * An index.
 *
 * @param columns    key columns in order; an expression key is written in parentheses, e.g. {@code (lower(email))}
 * @param definition the full definition as the database prints it, or {@code null} when unknown
 */
public record Index(String name, boolean unique, List<String> columns, String definition) {

    public Index {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }

    /** Whether a key entry is an expression rather than a column name. */
    public static boolean isExpression(String keyEntry) {
        return keyEntry.startsWith("(");
    }
}
