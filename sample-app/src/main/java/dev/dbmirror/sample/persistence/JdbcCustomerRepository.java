package dev.dbmirror.sample.persistence;

import dev.dbmirror.sample.domain.Customer;
import dev.dbmirror.sample.domain.CustomerRepository;
import dev.dbmirror.sample.domain.NewCustomer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link CustomerRepository} on table {@code public.customers}. */
public final class JdbcCustomerRepository implements CustomerRepository {

    private static final String COLUMNS = "id, email, name, created_at";

    private final JdbcSession db;

    public JdbcCustomerRepository(JdbcSession db) {
        this.db = db;
    }

    @Override
    public Customer insert(NewCustomer row) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", row.id());
        values.put("email", row.email());
        values.put("name", row.name());
        values.put("created_at", row.createdAt());
        return db.insert("customers", values, COLUMNS, JdbcCustomerRepository::map);
    }

    @Override
    public Optional<Customer> findById(UUID id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM customers WHERE id = ?", JdbcCustomerRepository::map, id);
    }

    @Override
    public List<Customer> findAll() {
        return db.query("SELECT " + COLUMNS + " FROM customers ORDER BY email", JdbcCustomerRepository::map);
    }

    @Override
    public boolean update(Customer row) {
        return db.update("UPDATE customers SET email = ?, name = ?, created_at = ? WHERE id = ?",
                row.email(), row.name(), row.createdAt(), row.id()) == 1;
    }

    @Override
    public boolean deleteById(UUID id) {
        return db.update("DELETE FROM customers WHERE id = ?", id) == 1;
    }

    @Override
    public long count() {
        return db.count("customers");
    }

    @Override
    public Optional<Customer> findByEmail(String email) {
        return db.queryOne("SELECT " + COLUMNS + " FROM customers WHERE email = ?", JdbcCustomerRepository::map, email);
    }

    private static Customer map(ResultSet row) throws SQLException {
        return new Customer(row.getObject("id", UUID.class), row.getString("email"), row.getString("name"),
                row.getObject("created_at", OffsetDateTime.class));
    }
}
