package dev.dbmirror.bench.adapters.jdbc;

import dev.dbmirror.bench.adapters.domain.Item;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** What a team writes by hand with plain JDBC for the same three operations: the benchmark's baseline. */
public final class HandWrittenItems {

    private static final String COLUMNS = "id, sku, name, price, stock, note, created_at";

    private final DataSource dataSource;

    public HandWrittenItems(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Item> findById(long id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM items WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(item(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Item insert(String sku, String name, BigDecimal price) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "INSERT INTO items (sku, name, price) VALUES (?, ?, ?) RETURNING " + COLUMNS)) {
            statement.setString(1, sku);
            statement.setString(2, name);
            statement.setBigDecimal(3, price);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return item(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Item> findAll() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM items ORDER BY id");
                ResultSet rows = statement.executeQuery()) {
            List<Item> items = new ArrayList<>();
            while (rows.next()) {
                items.add(item(rows));
            }
            return items;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Item item(ResultSet rows) throws SQLException {
        return new Item(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getBigDecimal(4), rows.getInt(5),
                rows.getString(6), rows.getObject(7, OffsetDateTime.class));
    }
}
