package dev.dbmirror.cli.pull;

import java.util.List;

/**
 * What to read: the schemas, in the order given, and which of their relations to keep.
 *
 * @param schemas              the {@code --schema} values, never empty
 * @param absentSchemasAllowed whether a schema the database does not have reads as empty (a migration
 *                             that creates it) rather than being an error
 */
public record PullRequest(List<String> schemas, TableFilter filter, boolean absentSchemasAllowed) {

    public PullRequest {
        schemas = List.copyOf(schemas);
        if (schemas.isEmpty()) {
            throw new IllegalArgumentException("at least one schema");
        }
    }

    /** A request whose schemas must all exist. */
    public PullRequest(List<String> schemas, TableFilter filter) {
        this(schemas, filter, false);
    }
}
