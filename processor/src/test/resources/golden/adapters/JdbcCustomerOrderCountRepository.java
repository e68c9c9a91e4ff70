package com.acme.shop.db;

import com.acme.shop.CustomerOrderCount;
import com.acme.shop.CustomerOrderCountRepository;
import dev.dbmirror.annotations.MirroredAdapter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import javax.sql.DataSource;
import org.jspecify.annotations.NullMarked;

/**
 * The JDBC adapter of CustomerOrderCountRepository: view public.customer_order_counts on PostgreSQL, on connections from the DataSource it is given.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredAdapter("public.customer_order_counts")
@NullMarked
public final class JdbcCustomerOrderCountRepository implements CustomerOrderCountRepository {
    private static final String TABLE = "public.customer_order_counts";

    /**
     * The constraints a failure of a statement on the table can name.
     */
    private static final String[] CONSTRAINTS = {};

    private final DataSource dataSource;

    /**
     * @param dataSource where connections come from; for a transaction over several
     *                   repositories, build them all on the same one and use {@link JdbcTransactions}
     */
    public JdbcCustomerOrderCountRepository(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public List<CustomerOrderCount> findAll() {
        return JdbcSupport.run(dataSource, "SELECT email, order_count FROM public.customer_order_counts",
                TABLE, CONSTRAINTS,
                statement -> JdbcSupport.all(statement, JdbcCustomerOrderCountRepository::read));
    }

    @Override
    public long count() {
        return JdbcSupport.run(dataSource, "SELECT count(*) FROM public.customer_order_counts",
                TABLE, CONSTRAINTS,
                statement -> JdbcSupport.one(statement, rows -> rows.getLong(1)).orElseThrow());
    }

    private static CustomerOrderCount read(ResultSet rows) throws SQLException {
        return new CustomerOrderCount(
                rows.getString(1),
                rows.getObject(2, Long.class));
    }
}
