package dev.dbmirror.processor;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** The test JVM's one embedded PostgreSQL (started on first use, stopped at exit), and fresh databases on it. */
final class PostgresDatabase {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private PostgresDatabase() {
    }

    /** A new database with {@code script} (SQL statements) run on it. */
    static DataSource withSchema(Path script) {
        String name = "adapters_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
            DataSource dataSource = server().getDatabase("postgres", name);
            try (Connection db = dataSource.getConnection(); Statement schema = db.createStatement()) {
                schema.execute(Files.readString(script, StandardCharsets.UTF_8));
            }
            return dataSource;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
