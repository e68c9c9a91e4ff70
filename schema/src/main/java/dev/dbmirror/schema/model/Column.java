package dev.dbmirror.schema.model;

import java.util.Objects;

/**
 * A column.
 *
 * @param type         the database's own type text, lower case (PostgreSQL: {@code format_type})
 * @param defaultValue the default expression, {@code null} for none ({@code "default"} in JSON)
 * @param identity     {@code null} unless an identity column
 * @param generated    the expression of a generated (computed) column, else {@code null}
 */
public record Column(String name, String type, boolean nullable, String defaultValue, Identity identity,
                     String generated, String comment) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** Whether the database supplies a value on insert when none is given. */
    public boolean databaseSupplied() {
        return defaultValue != null || identity != null || generated != null;
    }

    /** Whether an insert must not name this column at all (generated, or identity always). */
    public boolean neverInserted() {
        return generated != null || identity == Identity.ALWAYS;
    }
}
