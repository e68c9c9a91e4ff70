package com.acme.shop.db;

import com.acme.shop.Customer;
import com.acme.shop.CustomerRepository;
import com.acme.shop.NewCustomer;
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
 * The JDBC adapter of CustomerRepository: table public.customers on PostgreSQL, on connections from the DataSource it is given.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredAdapter("public.customers")
@NullMarked
public final class JdbcCustomerRepository implements CustomerRepository {
    private static final String TABLE = "public.customers";

    /**
     * The constraints a failure of a statement on the table can name.
     */
    private static final String[] CONSTRAINTS = {"customers_pkey", "customers_email_key",
            "customers_nickname_idx", "orders_customer_id_fkey"};

    private final DataSource dataSource;

    /**
     * @param dataSource where connections come from; for a transaction over several
     *                   repositories, build them all on the same one and use {@link JdbcTransactions}
     */
    public JdbcCustomerRepository(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Customer insert(NewCustomer row) {
        String sql = "INSERT INTO public.customers (id, email, name, nickname) VALUES (" +
                (row.id() == null ? "DEFAULT" : "?") +
                ", ?, ?, ?) RETURNING id, email, name, nickname";
        return JdbcSupport.run(dataSource, sql, TABLE, CONSTRAINTS, statement -> {
            int p = 0;
            if (row.id() != null) {
                statement.setObject(++p, row.id());
            }
            statement.setString(++p, row.email());
            statement.setString(++p, row.name());
            if (row.nickname() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setString(++p, row.nickname());
            }
            return JdbcSupport.one(statement, JdbcCustomerRepository::read).orElseThrow();
        });
    }

    @Override
    public Optional<Customer> findById(UUID id) {
        return JdbcSupport.run(dataSource, "SELECT id, email, name, nickname FROM public.customers WHERE id = ?",
                TABLE, CONSTRAINTS, statement -> {
            statement.setObject(1, id);
            return JdbcSupport.one(statement, JdbcCustomerRepository::read);
        });
    }

    @Override
    public List<Customer> findAll() {
        return JdbcSupport.run(dataSource, "SELECT id, email, name, nickname FROM public.customers ORDER BY id",
                TABLE, CONSTRAINTS,
                statement -> JdbcSupport.all(statement, JdbcCustomerRepository::read));
    }

    @Override
    public boolean update(Customer row) {
        return JdbcSupport.run(dataSource, "UPDATE public.customers SET email = ?, name = ?, nickname = ? WHERE id = ?",
                TABLE, CONSTRAINTS, statement -> {
            statement.setString(1, row.email());
            statement.setString(2, row.name());
            if (row.nickname() == null) {
                statement.setNull(3, Types.OTHER);
            } else {
                statement.setString(3, row.nickname());
            }
            statement.setObject(4, row.id());
            return statement.executeUpdate() > 0;
        });
    }

    @Override
    public boolean deleteById(UUID id) {
        return JdbcSupport.run(dataSource, "DELETE FROM public.customers WHERE id = ?",
                TABLE, CONSTRAINTS, statement -> {
            statement.setObject(1, id);
            return statement.executeUpdate() > 0;
        });
    }

    @Override
    public long count() {
        return JdbcSupport.run(dataSource, "SELECT count(*) FROM public.customers",
                TABLE, CONSTRAINTS,
                statement -> JdbcSupport.one(statement, rows -> rows.getLong(1)).orElseThrow());
    }

    @Override
    public Optional<Customer> findByEmail(String email) {
        return JdbcSupport.run(dataSource, "SELECT id, email, name, nickname FROM public.customers WHERE email = ?",
                TABLE, CONSTRAINTS, statement -> {
            statement.setString(1, email);
            return JdbcSupport.one(statement, JdbcCustomerRepository::read);
        });
    }

    @Override
    public Optional<Customer> findByNickname(String nickname) {
        return JdbcSupport.run(dataSource, "SELECT id, email, name, nickname FROM public.customers WHERE nickname = ?",
                TABLE, CONSTRAINTS, statement -> {
            statement.setString(1, nickname);
            return JdbcSupport.one(statement, JdbcCustomerRepository::read);
        });
    }

    private static Customer read(ResultSet rows) throws SQLException {
        return new Customer(
                rows.getObject(1, UUID.class),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4));
    }
}
