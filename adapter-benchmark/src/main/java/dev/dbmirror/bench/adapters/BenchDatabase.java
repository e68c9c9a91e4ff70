package dev.dbmirror.bench.adapters;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * An embedded PostgreSQL with the {@code items} table of {@code bench/items.sql} and {@value #ROWS} rows,
 * reached through a small connection pool, as an application reaches its database.
 */
public final class BenchDatabase implements AutoCloseable {

    /** Rows loaded before a benchmark starts; {@code findAll} reads all of them. */
    public static final int ROWS = 10_000;

    private final EmbeddedPostgres server;
    private final HikariDataSource pool;

    private BenchDatabase(EmbeddedPostgres server, HikariDataSource pool) {
        this.server = server;
        this.pool = pool;
    }

    public static BenchDatabase start() throws IOException, SQLException {
        EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(ddl());
            statement.execute("INSERT INTO items (sku, name, price, stock, note) "
                    + "SELECT 'sku-' || n, 'Item number ' || n, (n % 1000) + 0.99, n % 50, "
                    + "CASE WHEN n % 3 = 0 THEN 'note ' || n END FROM generate_series(1, " + ROWS + ") AS n");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
        config.setMaximumPoolSize(2);
        return new BenchDatabase(server, new HikariDataSource(config));
    }

    public DataSource dataSource() {
        return pool;
    }

    public String jdbcUrl() {
        return server.getJdbcUrl("postgres", "postgres");
    }

    private static String ddl() throws IOException {
        try (InputStream in = BenchDatabase.class.getResourceAsStream("/bench/items.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() throws IOException {
        pool.close();
        server.close();
    }
}
