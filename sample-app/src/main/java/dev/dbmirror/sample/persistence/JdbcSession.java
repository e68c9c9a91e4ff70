package dev.dbmirror.sample.persistence;

import dev.dbmirror.sample.service.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The adapter's one way to the database: plain JDBC statements on the current transaction's
 * connection, or on a fresh auto-commit connection outside a transaction.
 */
public final class JdbcSession implements Transactions {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /**
     * A value PostgreSQL should type from its column (enum labels, JSON text): bound as
     * {@link Types#OTHER}, the way {@code 'paid'::order_status} would be written in SQL.
     */
    record Untyped(String text) {
    }

    private final DataSource dataSource;
    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();

    public JdbcSession(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (transaction.get() != null) {
            return work.get();
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            transaction.set(connection);
            try {
                T result = work.get();
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                transaction.remove();
            }
        } catch (SQLException e) {
            throw new DataAccessException("transaction failed", e);
        }
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
        return run(sql, parameters, statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rows.next()) {
                    out.add(mapper.map(rows));
                }
                return out;
            }
        });
    }

    <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... parameters) {
        List<T> rows = query(sql, mapper, parameters);
        if (rows.size() > 1) {
            throw new DataAccessException("expected at most one row, got " + rows.size() + ": " + sql, null);
        }
        return rows.stream().findFirst();
    }

    int update(String sql, Object... parameters) {
        return run(sql, parameters, PreparedStatement::executeUpdate);
    }

    /**
     * Inserts one row and returns it as stored. Columns whose value is {@code null} are left out of
     * the statement, so the database applies their default (or stores NULL where there is none).
     */
    <T> T insert(String table, Map<String, Object> values, String returning, RowMapper<T> mapper) {
        Map<String, Object> given = new LinkedHashMap<>();
        values.forEach((column, value) -> {
            if (value != null) {
                given.put(column, value);
            }
        });
        String sql = given.isEmpty()
                ? "INSERT INTO " + table + " DEFAULT VALUES RETURNING " + returning
                : "INSERT INTO " + table + " (" + String.join(", ", given.keySet()) + ") VALUES ("
                        + String.join(", ", Collections.nCopies(given.size(), "?")) + ") RETURNING " + returning;
        return queryOne(sql, mapper, given.values().toArray()).orElseThrow();
    }

    long count(String table) {
        return queryOne("SELECT count(*) FROM " + table, row -> row.getLong(1)).orElseThrow();
    }

    private interface StatementWork<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    private <T> T run(String sql, Object[] parameters, StatementWork<T> work) {
        Connection current = transaction.get();
        try {
            if (current != null) {
                return execute(current, sql, parameters, work);
            }
            try (Connection connection = dataSource.getConnection()) {
                return execute(connection, sql, parameters, work);
            }
        } catch (SQLException e) {
            throw new DataAccessException(sql, e);
        }
    }

    private static <T> T execute(Connection connection, String sql, Object[] parameters, StatementWork<T> work)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof Untyped untyped) {
                    statement.setObject(i + 1, untyped.text(), Types.OTHER);
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            return work.run(statement);
        }
    }
}
