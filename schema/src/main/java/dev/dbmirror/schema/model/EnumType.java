package dev.dbmirror.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * A database enum type.
 *
 * @param values the labels in the database's order (not sorted)
 */
public record EnumType(String schema, String name, List<String> values, String comment) {

    public EnumType {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }

    /** {@code schema.name}, as column types refer to it. */
    public String qualifiedName() {
        return schema + "." + name;
    }
}
