package dev.dbmirror.schema.shorthand;

import dev.dbmirror.schema.model.ReferentialAction;
import java.util.Objects;

/**
 * An {@code fk>} (or {@code ref=}) flag: the column references {@code table.column}, optionally
 * schema-qualified, with the action {@code ondelete=} gave (else {@code no action}).
 *
 * @param schema {@code null} when not written: the new table's own schema
 */
public record ShorthandReference(String column, String schema, String table, String referencedColumn,
                                 ReferentialAction onDelete) {

    public ShorthandReference {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(referencedColumn, "referencedColumn");
        Objects.requireNonNull(onDelete, "onDelete");
    }
}
