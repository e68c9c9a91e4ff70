package dev.dbmirror.cli.pull;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.connect.DatabaseFailures;
import dev.dbmirror.cli.pull.generic.MetaDataSchemaReader;
import dev.dbmirror.cli.pull.postgres.PostgresSchemaReader;
import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a live database into a mirror with the reader for its product, and checks that every foreign
 * key points at a pulled table (the rest of what the validator checks holds by construction).
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
        checkReferences(mirror);
        return mirror;
    }

    private static SchemaReader readerFor(Connection connection, ConnectionSource moreConnections) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.equals("postgresql") ? new PostgresSchemaReader(moreConnections) : new MetaDataSchemaReader();
    }

    /** A foreign key to a table that was not pulled would leave the mirror unreadable: say which option fixes it. */
    private static void checkReferences(Mirror mirror) {
        Set<String> pulled = mirror.tables().stream().map(Table::qualifiedName).collect(Collectors.toSet());
        for (Table table : mirror.tables()) {
            for (ForeignKey fk : table.foreignKeys()) {
                ForeignKey.Reference target = fk.references();
                if (!pulled.contains(target.qualifiedTable())) {
                    throw new CliException("foreign key " + fk.name() + " of " + table.qualifiedName() + " references "
                            + target.qualifiedTable() + ", which is not pulled; add --schema " + target.schema()
                            + " or stop excluding it");
                }
            }
        }
    }
}
