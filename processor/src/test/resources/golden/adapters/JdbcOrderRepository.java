package com.acme.shop.db;

import com.acme.shop.Mood;
import com.acme.shop.NewOrder;
import com.acme.shop.Order;
import com.acme.shop.OrderRepository;
import dev.dbmirror.annotations.MirroredAdapter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;
import javax.sql.DataSource;
import org.jspecify.annotations.NullMarked;

/**
 * The JDBC adapter of OrderRepository: table public.orders on PostgreSQL, on connections from the DataSource it is given.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredAdapter("public.orders")
@NullMarked
public final class JdbcOrderRepository implements OrderRepository {
    private static final String TABLE = "public.orders";

    /**
     * The constraints a failure of a statement on the table can name.
     */
    private static final String[] CONSTRAINTS = {"orders_pkey", "orders_customer_id_fkey",
            "orders_total_check", "order_tags_order_id_fkey"};

    private final DataSource dataSource;

    /**
     * @param dataSource where connections come from; for a transaction over several
     *                   repositories, build them all on the same one and use {@link JdbcTransactions}
     */
    public JdbcOrderRepository(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Order insert(NewOrder row) {
        String sql = "INSERT INTO public.orders (id, customer_id, total, status) VALUES (" +
                (row.id() == null ? "DEFAULT" : "?") + ", ?, " +
                (row.total() == null ? "DEFAULT" : "?") + ", " +
                (row.status() == null ? "DEFAULT" : "?") +
                ") RETURNING id, customer_id, total, status, doubled";
        return JdbcSupport.run(dataSource, sql, TABLE, CONSTRAINTS, statement -> {
            int p = 0;
            if (row.id() != null) {
                statement.setLong(++p, row.id());
            }
            statement.setObject(++p, row.customerId());
            if (row.total() != null) {
                statement.setBigDecimal(++p, row.total());
            }
            if (row.status() != null) {
                statement.setObject(++p, row.status().label(), Types.OTHER);
            }
            return JdbcSupport.one(statement, JdbcOrderRepository::read).orElseThrow();
        });
    }

    @Override
    public Optional<Order> findById(long id) {
        return JdbcSupport.run(dataSource, "SELECT id, customer_id, total, status, doubled FROM public.orders WHERE id = ?",
                TABLE, CONSTRAINTS, statement -> {
            statement.setLong(1, id);
            return JdbcSupport.one(statement, JdbcOrderRepository::read);
        });
    }

    @Override
    public List<Order> findAll() {
        return JdbcSupport.run(dataSource, "SELECT id, customer_id, total, status, doubled FROM public.orders ORDER BY id",
                TABLE, CONSTRAINTS,
                statement -> JdbcSupport.all(statement, JdbcOrderRepository::read));
    }

    @Override
    public boolean update(Order row) {
        return JdbcSupport.run(dataSource, "UPDATE public.orders SET customer_id = ?, total = ?, status = ? WHERE id = ?",
                TABLE, CONSTRAINTS, statement -> {
            statement.setObject(1, row.customerId());
            statement.setBigDecimal(2, row.total());
            statement.setObject(3, row.status().label(), Types.OTHER);
            statement.setLong(4, row.id());
            return statement.executeUpdate() > 0;
        });
    }

    @Override
    public boolean deleteById(long id) {
        return JdbcSupport.run(dataSource, "DELETE FROM public.orders WHERE id = ?",
                TABLE, CONSTRAINTS, statement -> {
            statement.setLong(1, id);
            return statement.executeUpdate() > 0;
        });
    }

    @Override
    public long count() {
        return JdbcSupport.run(dataSource, "SELECT count(*) FROM public.orders", TABLE, CONSTRAINTS,
                statement -> JdbcSupport.one(statement, rows -> rows.getLong(1)).orElseThrow());
    }

    @Override
    public List<Order> findByCustomerId(UUID customerId) {
        return JdbcSupport.run(dataSource, "SELECT id, customer_id, total, status, doubled FROM public.orders WHERE customer_id = ? ORDER BY id",
                TABLE, CONSTRAINTS, statement -> {
            statement.setObject(1, customerId);
            return JdbcSupport.all(statement, JdbcOrderRepository::read);
        });
    }

    private static Order read(ResultSet rows) throws SQLException {
        return new Order(
                rows.getLong(1),
                rows.getObject(2, UUID.class),
                rows.getBigDecimal(3),
                Mood.fromLabel(rows.getString(4)),
                rows.getBigDecimal(5));
    }
}
