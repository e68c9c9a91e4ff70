package dev.dbmirror.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * A domain: a named type over a base type, with optional NOT NULL, default and checks.
 * Code generation treats a column of a domain as a column of its base {@code type}.
 */
public record Domain(String schema, String name, String type, boolean nullable, String defaultValue,
                     List<Check> checks, String comment) {

    public Domain {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        checks = List.copyOf(checks);
    }

    /** {@code schema.name}, as column types refer to it. */
    public String qualifiedName() {
        return schema + "." + name;
    }
}
