package com.acme.shop.db;

import com.acme.shop.DataAccessException;
import com.acme.shop.DuplicateKeyException;
import com.acme.shop.ForeignKeyViolationException;
import dev.dbmirror.annotations.MirroredAdapter;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.annotation.processing.Generated;
import javax.sql.DataSource;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * What the JDBC adapters of this package share: the connection a statement runs on, rows,
 * arrays and failures. Hand-written queries of this package may use it too, to run on the
 * same connections and fail with the same exceptions as the adapters.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredAdapter
@NullMarked
public final class JdbcSupport {
    private JdbcSupport() {
    }

    /**
     * Prepares {@code sql} on the connection of the {@link JdbcTransactions} transaction of this thread on
     * {@code dataSource}, else on a new connection that is closed afterwards, and runs {@code work}
     * on it. An {@code SQLException} becomes the domain's {@code DataAccessException}.
     */
    static <T> T run(DataSource dataSource, String sql, String table, String[] constraints,
            StatementWork<T> work) {
        try {
            Connection bound = JdbcTransactions.bound(dataSource);
            Connection connection = bound != null ? bound : dataSource.getConnection();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                return work.run(statement);
            } finally {
                if (connection != bound) {
                    connection.close();
                }
            }
        } catch (SQLException e) {
            throw failure(e, table, constraints);
        }
    }

    /**
     * The first row of the statement's result, read by {@code reader}, if there is one.
     */
    static <T> Optional<T> one(PreparedStatement statement, RowReader<T> reader) throws
            SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(reader.read(rows)) : Optional.empty();
        }
    }

    /**
     * Every row of the statement's result, read by {@code reader}.
     */
    static <T> List<T> all(PreparedStatement statement, RowReader<T> reader) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            List<T> all = new ArrayList<>();
            while (rows.next()) {
                all.add(reader.read(rows));
            }
            return all;
        }
    }

    /**
     * {@code parse(text)}, or null for a null text (an enum label of a nullable column).
     */
    static <T> @Nullable T mapped(@Nullable String text, Function<String, T> parse) {
        return text == null ? null : parse.apply(text);
    }

    /**
     * The elements of a database array, each read by {@code element} from column 2 of the
     * array's result set; null for a null array. Elements may be null.
     */
    static <T> @Nullable List<T> list(@Nullable Array array, RowReader<T> element) throws
            SQLException {
        if (array == null) {
            return null;
        }
        try (ResultSet elements = array.getResultSet()) {
            List<T> list = new ArrayList<>();
            while (elements.next()) {
                list.add(element.read(elements));
            }
            return Collections.unmodifiableList(list);
        } finally {
            array.free();
        }
    }

    /**
     * The elements of a list for {@code Connection.createArrayOf}, each non-null one mapped by
     * {@code element} (an enum constant to its label).
     */
    static <T> @Nullable Object[] elements(List<T> list, Function<? super T, ?> element) {
        Object[] elements = new Object[list.size()];
        for (int i = 0; i < elements.length; i++) {
            T value = list.get(i);
            elements[i] = value == null ? null : element.apply(value);
        }
        return elements;
    }

    /**
     * The domain's exception for a failure of a statement on {@code table} (null: no statement's,
     * e.g. a commit's). Its constraint is the first of {@code constraints} whose quoted name the
     * database's message holds.
     */
    static DataAccessException failure(SQLException e, @Nullable String table,
            String[] constraints) {
        String message = String.valueOf(e.getMessage());
        @Nullable String constraint = null;
        for (String name : constraints) {
            if (message.contains('"' + name + '"')) {
                constraint = name;
                break;
            }
        }
        String on = table == null ? "" : " on " + table;
        String named = constraint == null ? "" : " " + constraint;
        String state = String.valueOf(e.getSQLState());
        if (state.equals("23505")) {
            return new DuplicateKeyException("duplicate key" + on + ": unique constraint" + named + " violated", table, constraint, e);
        }
        if (state.equals("23503")) {
            return new ForeignKeyViolationException("foreign key" + named + " violated by a statement" + on, table, constraint, e);
        }
        int lineEnd = message.indexOf('\n');
        return new DataAccessException((table == null ? "transaction" : "statement" + on) + " failed (SQLState "
                + state + "): " + (lineEnd < 0 ? message : message.substring(0, lineEnd)), table, constraint, e);
    }

    /**
     * Work on a prepared statement.
     */
    @FunctionalInterface
    interface StatementWork<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    /**
     * Reads the current row of a result set.
     */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }
}
