package dev.dbmirror.sample.support;

import dev.dbmirror.sample.persistence.Migrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The test JVM's one embedded PostgreSQL (started on first use, stopped at exit) and a freshly
 * migrated database per caller.
 */
public final class ShopDatabase {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private final String name;
    private final DataSource dataSource;

    private ShopDatabase(String name, DataSource dataSource) {
        this.name = name;
        this.dataSource = dataSource;
    }

    /** A new database with the sample's migrations applied. */
    public static ShopDatabase migrated() {
        ShopDatabase database = empty();
        Migrations.apply(database.dataSource(), Path.of("db/migrations"));
        return database;
    }

    /** A new, empty database. */
    public static ShopDatabase empty() {
        String name = "shop_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
            return new ShopDatabase(name, server().getDatabase("postgres", name));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + name;
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
        }
        return server;
    }
}
