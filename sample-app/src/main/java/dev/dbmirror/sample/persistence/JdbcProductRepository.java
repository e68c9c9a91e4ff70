package dev.dbmirror.sample.persistence;

import dev.dbmirror.sample.domain.NewProduct;
import dev.dbmirror.sample.domain.Product;
import dev.dbmirror.sample.domain.ProductRepository;
import dev.dbmirror.sample.persistence.JdbcSession.Untyped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ProductRepository} on table {@code public.products}; {@code attributes} is jsonb text. */
public final class JdbcProductRepository implements ProductRepository {

    private static final String COLUMNS = "id, sku, name, price, attributes";

    private final JdbcSession db;

    public JdbcProductRepository(JdbcSession db) {
        this.db = db;
    }

    @Override
    public Product insert(NewProduct row) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("sku", row.sku());
        values.put("name", row.name());
        values.put("price", row.price());
        values.put("attributes", row.attributes() == null ? null : new Untyped(row.attributes()));
        return db.insert("products", values, COLUMNS, JdbcProductRepository::map);
    }

    @Override
    public Optional<Product> findById(long id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM products WHERE id = ?", JdbcProductRepository::map, id);
    }

    @Override
    public List<Product> findAll() {
        return db.query("SELECT " + COLUMNS + " FROM products ORDER BY id", JdbcProductRepository::map);
    }

    @Override
    public boolean update(Product row) {
        return db.update("UPDATE products SET sku = ?, name = ?, price = ?, attributes = ? WHERE id = ?",
                row.sku(), row.name(), row.price(), new Untyped(row.attributes()), row.id()) == 1;
    }

    @Override
    public boolean deleteById(long id) {
        return db.update("DELETE FROM products WHERE id = ?", id) == 1;
    }

    @Override
    public long count() {
        return db.count("products");
    }

    @Override
    public Optional<Product> findBySku(String sku) {
        return db.queryOne("SELECT " + COLUMNS + " FROM products WHERE sku = ?", JdbcProductRepository::map, sku);
    }

    private static Product map(ResultSet row) throws SQLException {
        return new Product(row.getLong("id"), row.getString("sku"), row.getString("name"),
                row.getBigDecimal("price"), row.getString("attributes"));
    }
}
