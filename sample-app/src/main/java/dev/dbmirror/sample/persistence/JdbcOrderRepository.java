package dev.dbmirror.sample.persistence;

import dev.dbmirror.sample.domain.NewOrder;
import dev.dbmirror.sample.domain.Order;
import dev.dbmirror.sample.domain.OrderRepository;
import dev.dbmirror.sample.domain.OrderStatus;
import dev.dbmirror.sample.persistence.JdbcSession.Untyped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link OrderRepository} on table {@code public.orders}; {@code status} is the enum {@code order_status}. */
public final class JdbcOrderRepository implements OrderRepository {

    private static final String COLUMNS = "id, customer_id, status, placed_at, note";

    private final JdbcSession db;

    public JdbcOrderRepository(JdbcSession db) {
        this.db = db;
    }

    @Override
    public Order insert(NewOrder row) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", row.id());
        values.put("customer_id", row.customerId());
        values.put("status", row.status() == null ? null : new Untyped(row.status().label()));
        values.put("placed_at", row.placedAt());
        values.put("note", row.note());
        return db.insert("orders", values, COLUMNS, JdbcOrderRepository::map);
    }

    @Override
    public Optional<Order> findById(UUID id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM orders WHERE id = ?", JdbcOrderRepository::map, id);
    }

    @Override
    public List<Order> findAll() {
        return db.query("SELECT " + COLUMNS + " FROM orders ORDER BY placed_at, id", JdbcOrderRepository::map);
    }

    @Override
    public boolean update(Order row) {
        return db.update("UPDATE orders SET customer_id = ?, status = ?, placed_at = ?, note = ? WHERE id = ?",
                row.customerId(), new Untyped(row.status().label()), row.placedAt(), row.note(), row.id()) == 1;
    }

    @Override
    public boolean deleteById(UUID id) {
        return db.update("DELETE FROM orders WHERE id = ?", id) == 1;
    }

    @Override
    public long count() {
        return db.count("orders");
    }

    @Override
    public List<Order> findByCustomerId(UUID customerId) {
        return db.query("SELECT " + COLUMNS + " FROM orders WHERE customer_id = ? ORDER BY placed_at, id",
                JdbcOrderRepository::map, customerId);
    }

    private static Order map(ResultSet row) throws SQLException {
        return new Order(row.getObject("id", UUID.class), row.getObject("customer_id", UUID.class),
                OrderStatus.fromLabel(row.getString("status")), row.getObject("placed_at", OffsetDateTime.class),
                row.getString("note"));
    }
}
