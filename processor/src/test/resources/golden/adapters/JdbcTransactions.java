package com.acme.shop.db;

import com.acme.shop.DataAccessException;
import dev.dbmirror.annotations.MirroredAdapter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javax.annotation.processing.Generated;
import javax.sql.DataSource;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Runs work on several generated repositories in one database transaction. While
 * {@link #inTransaction} runs, every generated adapter of this package that was built on the same
 * {@code DataSource} uses, on this thread, the transaction's connection. Outside a transaction each
 * repository call runs on a connection of its own, in auto-commit.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredAdapter
@NullMarked
public final class JdbcTransactions {
    /**
     * The connection of the transaction running on this thread, by the data source it came from.
     */
    private static final ThreadLocal<Map<DataSource, Connection>> CURRENT = ThreadLocal.withInitial(IdentityHashMap::new);

    private final DataSource dataSource;

    /**
     * @param dataSource the data source that the adapters taking part were built on
     */
    public JdbcTransactions(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Runs {@code work} in one transaction: commits when it returns, rolls back when it throws, and
     * rethrows. Called while a transaction on the same data source runs on this thread, it joins
     * that one (which commits or rolls back as a whole).
     *
     * @return what {@code work} returned
     * @throws DataAccessException when the database cannot begin or commit the transaction
     */
    public <T> T inTransaction(Supplier<T> work) {
        Map<DataSource, Connection> current = CURRENT.get();
        if (current.containsKey(dataSource)) {
            return work.get();
        }
        Connection connection = begin(dataSource);
        current.put(dataSource, connection);
        try {
            T result = work.get();
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback(connection, e);
            throw JdbcSupport.failure(e, null, new String[0]);
        } catch (RuntimeException | Error e) {
            rollback(connection, e);
            throw e;
        } finally {
            current.remove(dataSource);
            end(connection);
        }
    }

    /**
     * The connection of this thread's transaction on {@code dataSource}, if one is running.
     */
    static @Nullable Connection bound(DataSource dataSource) {
        return CURRENT.get().get(dataSource);
    }

    private static Connection begin(DataSource dataSource) {
        try {
            Connection connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(false);
                return connection;
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw JdbcSupport.failure(e, null, new String[0]);
        }
    }

    /**
     * Rolls back after {@code failure}; a failure to roll back is added to it as suppressed.
     */
    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Gives the connection back in auto-commit, as it came. The transaction is over by then:
     * a failure to close loses no work, and must not hide the work's own outcome.
     */
    private static void end(Connection connection) {
        try (connection) {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // nothing left to undo
        }
    }
}
