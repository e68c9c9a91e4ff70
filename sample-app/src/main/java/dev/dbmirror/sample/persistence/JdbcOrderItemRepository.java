package dev.dbmirror.sample.persistence;

import dev.dbmirror.sample.domain.OrderItem;
import dev.dbmirror.sample.domain.OrderItemKey;
import dev.dbmirror.sample.domain.OrderItemRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link OrderItemRepository} on table {@code public.order_items}, keyed by (order_id, product_id). */
public final class JdbcOrderItemRepository implements OrderItemRepository {

    private static final String COLUMNS = "order_id, product_id, quantity, unit_price";
    private static final String BY_KEY = " WHERE order_id = ? AND product_id = ?";

    private final JdbcSession db;

    public JdbcOrderItemRepository(JdbcSession db) {
        this.db = db;
    }

    @Override
    public OrderItem insert(OrderItem row) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("order_id", row.orderId());
        values.put("product_id", row.productId());
        values.put("quantity", row.quantity());
        values.put("unit_price", row.unitPrice());
        return db.insert("order_items", values, COLUMNS, JdbcOrderItemRepository::map);
    }

    @Override
    public Optional<OrderItem> findById(OrderItemKey id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM order_items" + BY_KEY, JdbcOrderItemRepository::map,
                id.orderId(), id.productId());
    }

    @Override
    public List<OrderItem> findAll() {
        return db.query("SELECT " + COLUMNS + " FROM order_items ORDER BY order_id, product_id",
                JdbcOrderItemRepository::map);
    }

    @Override
    public boolean update(OrderItem row) {
        return db.update("UPDATE order_items SET quantity = ?, unit_price = ?" + BY_KEY,
                row.quantity(), row.unitPrice(), row.orderId(), row.productId()) == 1;
    }

    @Override
    public boolean deleteById(OrderItemKey id) {
        return db.update("DELETE FROM order_items" + BY_KEY, id.orderId(), id.productId()) == 1;
    }

    @Override
    public long count() {
        return db.count("order_items");
    }

    @Override
    public List<OrderItem> findByOrderId(UUID orderId) {
        return db.query("SELECT " + COLUMNS + " FROM order_items WHERE order_id = ? ORDER BY product_id",
                JdbcOrderItemRepository::map, orderId);
    }

    @Override
    public List<OrderItem> findByProductId(long productId) {
        return db.query("SELECT " + COLUMNS + " FROM order_items WHERE product_id = ? ORDER BY order_id",
                JdbcOrderItemRepository::map, productId);
    }

    private static OrderItem map(ResultSet row) throws SQLException {
        return new OrderItem(row.getObject("order_id", UUID.class), row.getLong("product_id"),
                row.getInt("quantity"), row.getBigDecimal("unit_price"));
    }
}
