package dev.dbmirror.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key.
 *
 * @param columns    the referencing columns, in key order
 * @param references the referenced table and columns, position by position
 */
public record ForeignKey(String name, List<String> columns, Reference references,
                         ReferentialAction onUpdate, ReferentialAction onDelete) {

    public ForeignKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(references, "references");
        Objects.requireNonNull(onUpdate, "onUpdate");
        Objects.requireNonNull(onDelete, "onDelete");
        columns = List.copyOf(columns);
    }

    /** The referenced side of a foreign key. */
    public record Reference(String schema, String table, List<String> columns) {

        public Reference {
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(table, "table");
            columns = List.copyOf(columns);
        }

        public String qualifiedTable() {
            return schema + "." + table;
        }
    }
}
