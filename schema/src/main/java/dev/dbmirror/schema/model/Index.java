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

    private static final String PREDICATE = " WHERE ";

    public Index {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }

    /** Whether a key entry is an expression rather than a column name. */
    public static boolean isExpression(String keyEntry) {
        return keyEntry.startsWith("(");
    }

    /** Whether any key entry is an expression. */
    public boolean hasExpression() {
        return columns.stream().anyMatch(Index::isExpression);
    }

    /**
     * Whether the index is partial: its definition has a predicate ({@code CREATE UNIQUE INDEX … (email)
     * WHERE (deleted_at IS NULL)}). The {@code WHERE} counts only outside parentheses, quoted names and
     * string literals. False when the definition is unknown.
     */
    public boolean isPartial() {
        if (definition == null) {
            return false;
        }
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < definition.length(); i++) {
            char c = definition.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && definition.startsWith(PREDICATE, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the index makes its key columns a unique key of the table, as a unique constraint does:
     * unique, not partial, and with no expression.
     */
    public boolean isUniqueKey() {
        return unique && !isPartial() && !hasExpression();
    }
}
