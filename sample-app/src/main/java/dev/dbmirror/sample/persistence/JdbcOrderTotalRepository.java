package dev.dbmirror.sample.persistence;

import dev.dbmirror.sample.domain.OrderStatus;
import dev.dbmirror.sample.domain.OrderTotal;
import dev.dbmirror.sample.domain.OrderTotalRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** The read-only {@link OrderTotalRepository} on view {@code public.order_totals}. */
public final class JdbcOrderTotalRepository implements OrderTotalRepository {

    private final JdbcSession db;

    public JdbcOrderTotalRepository(JdbcSession db) {
        this.db = db;
    }

    @Override
    public List<OrderTotal> findAll() {
        return db.query("SELECT order_id, customer_id, status, total FROM order_totals ORDER BY order_id",
                JdbcOrderTotalRepository::map);
    }

    @Override
    public long count() {
        return db.count("order_totals");
    }

    private static OrderTotal map(ResultSet row) throws SQLException {
        String status = row.getString("status");
        return new OrderTotal(row.getObject("order_id", UUID.class), row.getObject("customer_id", UUID.class),
                status == null ? null : OrderStatus.fromLabel(status), row.getBigDecimal("total"));
    }
}
