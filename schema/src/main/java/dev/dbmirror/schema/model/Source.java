package dev.dbmirror.schema.model;

import java.util.List;
import java.util.Objects;

/**
 * Where a mirror came from.
 *
 * @param dialect     {@code postgresql}, {@code h2}, {@code sqlite}, … or {@code generic} for hand-authored mirrors
 * @param serverMajor the server's major version, {@code null} when unknown or generic
 * @param schemas     the schemas that were pulled
 */
public record Source(String dialect, Integer serverMajor, List<String> schemas) {

    /** The dialect of mirrors written by hand (add-table) or for no particular database. */
    public static final String GENERIC = "generic";

    public Source {
        Objects.requireNonNull(dialect, "dialect");
        schemas = List.copyOf(schemas);
    }
}
