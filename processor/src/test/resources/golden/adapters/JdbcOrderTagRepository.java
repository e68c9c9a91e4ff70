package com.acme.shop.db;

import com.acme.shop.NewOrderTag;
import com.acme.shop.OrderTag;
import com.acme.shop.OrderTagKey;
import com.acme.shop.OrderTagRepository;
import dev.dbmirror.annotations.MirroredAdapter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;
import javax.sql.DataSource;
import org.jspecify.annotations.NullMarked;

/**
 * The JDBC adapter of OrderTagRepository: table public.order_tags on PostgreSQL, on connections from the DataSource it is given.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredAdapter("public.order_tags")
@NullMarked
public final class JdbcOrderTagRepository implements OrderTagRepository {
    private static final String TABLE = "public.order_tags";

    /**
     * The constraints a failure of a statement on the table can name.
     */
    private static final String[] CONSTRAINTS = {"order_tags_pkey", "order_tags_order_id_fkey"};

    private final DataSource dataSource;

    /**
     * @param dataSource where connections come from; for a transaction over several
     *                   repositories, build them all on the same one and use {@link JdbcTransactions}
     */
    public JdbcOrderTagRepository(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public OrderTag insert(NewOrderTag row) {
        return JdbcSupport.run(dataSource, "INSERT INTO public.order_tags (order_id, tag) VALUES (?, ?) RETURNING order_id, tag",
                TABLE, CONSTRAINTS, statement -> {
            statement.setLong(1, row.orderId());
            statement.setString(2, row.tag());
            return JdbcSupport.one(statement, JdbcOrderTagRepository::read).orElseThrow();
        });
    }

    @Override
    public Optional<OrderTag> findById(OrderTagKey id) {
        return JdbcSupport.run(dataSource, "SELECT order_id, tag FROM public.order_tags WHERE order_id = ? AND tag = ?",
                TABLE, CONSTRAINTS, statement -> {
            statement.setLong(1, id.orderId());
            statement.setString(2, id.tag());
            return JdbcSupport.one(statement, JdbcOrderTagRepository::read);
        });
    }

    @Override
    public List<OrderTag> findAll() {
        return JdbcSupport.run(dataSource, "SELECT order_id, tag FROM public.order_tags ORDER BY order_id, tag",
                TABLE, CONSTRAINTS,
                statement -> JdbcSupport.all(statement, JdbcOrderTagRepository::read));
    }

    @Override
    public boolean update(OrderTag row) {
        return JdbcSupport.run(dataSource, "SELECT 1 FROM public.order_tags WHERE order_id = ? AND tag = ?",
                TABLE, CONSTRAINTS, statement -> {
            statement.setLong(1, row.orderId());
            statement.setString(2, row.tag());
            return JdbcSupport.one(statement, rows -> Boolean.TRUE).isPresent();
        });
    }

    @Override
    public boolean deleteById(OrderTagKey id) {
        return JdbcSupport.run(dataSource, "DELETE FROM public.order_tags WHERE order_id = ? AND tag = ?",
                TABLE, CONSTRAINTS, statement -> {
            statement.setLong(1, id.orderId());
            statement.setString(2, id.tag());
            return statement.executeUpdate() > 0;
        });
    }

    @Override
    public long count() {
        return JdbcSupport.run(dataSource, "SELECT count(*) FROM public.order_tags",
                TABLE, CONSTRAINTS,
                statement -> JdbcSupport.one(statement, rows -> rows.getLong(1)).orElseThrow());
    }

    @Override
    public List<OrderTag> findByOrderId(long orderId) {
        return JdbcSupport.run(dataSource, "SELECT order_id, tag FROM public.order_tags WHERE order_id = ? ORDER BY order_id, tag",
                TABLE, CONSTRAINTS, statement -> {
            statement.setLong(1, orderId);
            return JdbcSupport.all(statement, JdbcOrderTagRepository::read);
        });
    }

    private static OrderTag read(ResultSet rows) throws SQLException {
        return new OrderTag(
                rows.getLong(1),
                rows.getString(2));
    }
}
