package dev.dbmirror.cli.pull;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.connect.ConnectionSource;
import dev.dbmirror.cli.connect.DatabaseFailures;
import dev.dbmirror.cli.pull.generic.MetaDataSchemaReader;
import dev.dbmirror.cli.pull.postgres.PostgresSchemaReader;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.validate.MirrorValidator;
import dev.dbmirror.schema.validate.Violation;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Reads a live database into a mirror with the reader for its product, and checks it with the
 * schema module's {@link MirrorValidator}, so that what is written can always be read back (a
 * foreign key to a table that was not pulled, say).
 */
public final class LiveSchema {

    private LiveSchema() {
    }

    /** @param moreConnections where a reader that works on several connections at once gets the others */
    public static Mirror read(Connection connection, ConnectionSource moreConnections, PullRequest request,
                              Progress progress) {
        Mirror mirror;
        try {
            mirror = readerFor(connection, moreConnections).read(connection, request, progress);
        } catch (SQLException e) {
            throw DatabaseFailures.reading(e);
        }
        List<Violation> violations = MirrorValidator.validate(mirror);
        if (!violations.isEmpty()) {
            int more = violations.size() - 1;
            throw new CliException("cannot mirror what was read: " + violations.get(0).message()
                    + (more == 0 ? "" : " (and " + more + " more " + (more == 1 ? "problem" : "problems") + ")"));
        }
        return mirror;
    }

    private static SchemaReader readerFor(Connection connection, ConnectionSource moreConnections) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.equals("postgresql") ? new PostgresSchemaReader(moreConnections) : new MetaDataSchemaReader();
    }
}
