package dev.dbmirror.schema.shorthand;

import java.util.Objects;

/**
 * A {@code ref=} flag: the column references {@code table.column}, optionally schema-qualified.
 *
 * @param schema {@code null} when not written: the new table's own schema
 */
public record ShorthandReference(String column, String schema, String table, String referencedColumn) {

    public ShorthandReference {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(referencedColumn, "referencedColumn");
    }
}
