package dev.dbmirror.cli.pull;

import java.util.List;

/**
 * What to read: the schemas, in the order given, and which of their relations to keep.
 *
 * @param schemas the {@code --schema} values, never empty
 */
public record PullRequest(List<String> schemas, TableFilter filter) {

    public PullRequest {
        schemas = List.copyOf(schemas);
        if (schemas.isEmpty()) {
            throw new IllegalArgumentException("at least one schema");
        }
    }
}
