package dev.dbmirror.cli.pull.postgres;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.connect.ConnectionSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Pattern;

/**
 * Fetches {@link KeysAndIndexes} on a second connection while the first one reads columns: the
 * server works on both at once. The second transaction imports the first one's snapshot
 * ({@code pg_export_snapshot}), so both see exactly the same catalog and the mirror stays one
 * consistent snapshot. When no second connection can be had (a role at its connection limit, a
 * pooler that cannot share snapshots), the first connection fetches the rows itself afterwards.
 * The second connection is opened, and closed, by the {@link ConnectionSource}.
 */
final class SecondConnectionFetch {

    private static final Pattern SNAPSHOT_ID = Pattern.compile("[0-9A-Fa-f-]+");

    private final FutureTask<KeysAndIndexes> task;

    private SecondConnectionFetch(String snapshot, ConnectionSource source, String[] schemas) {
        task = new FutureTask<>(() -> fetch(snapshot, source, schemas));
    }

    /** Starts the fetch in the snapshot of {@code first}'s open transaction. */
    static SecondConnectionFetch start(Connection first, ConnectionSource source, String[] schemas)
            throws SQLException {
        String snapshot;
        try (Statement export = first.createStatement();
             var row = export.executeQuery("SELECT pg_export_snapshot()")) {
            row.next();
            snapshot = row.getString(1);
        }
        SecondConnectionFetch fetch = new SecondConnectionFetch(snapshot, source, schemas);
        Thread thread = new Thread(fetch.task, "dbmirror-keys-and-indexes");
        thread.setDaemon(true);
        thread.start();
        return fetch;
    }

    /** The rows the second connection fetched, or when it could not, the rows {@code first} fetches now. */
    KeysAndIndexes result(Connection first, String[] schemas) throws SQLException {
        KeysAndIndexes fetched;
        try {
            fetched = task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while reading constraints and indexes", "57014");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException failure) {
                throw failure;
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
        return fetched != null ? fetched : KeysAndIndexes.fetch(first, schemas);
    }

    /** Null when the second connection is not available or cannot share the snapshot. */
    private KeysAndIndexes fetch(String snapshot, ConnectionSource source, String[] schemas) throws SQLException {
        if (!SNAPSHOT_ID.matcher(snapshot).matches()) {
            return null;
        }
        Connection connection;
        try {
            connection = source.open();
        } catch (CliException unavailable) {
            return null;
        }
        connection.setAutoCommit(false);
        try (Statement session = connection.createStatement()) {
            session.execute(PostgresSchemaReader.READ_ONLY_SNAPSHOT);
            try {
                session.execute("SET TRANSACTION SNAPSHOT '" + snapshot + "'");
            } catch (SQLException notShared) {
                return null;
            }
            session.execute(CatalogQueries.SESSION);
        }
        KeysAndIndexes rows = KeysAndIndexes.fetch(connection, schemas);
        connection.rollback();
        return rows;
    }
}
