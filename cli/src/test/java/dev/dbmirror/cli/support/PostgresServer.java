package dev.dbmirror.cli.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one embedded PostgreSQL of the test JVM, started on first use and stopped at JVM exit.
 * The superuser {@code postgres} logs in without a password; every other role must give its
 * password (scram), so that credential handling is tested for real.
 */
public final class PostgresServer {

    public static final String SUPERUSER = "postgres";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private PostgresServer() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setDataDirectoryCustomizer(PostgresServer::requirePasswords)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
        }
        return server;
    }

    public static int port() {
        return server().getPort();
    }

    /** A new, empty database for one test class. */
    public static TestDatabase createDatabase() {
        String name = "test_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new TestDatabase(server().getDatabase(SUPERUSER, name), "jdbc:postgresql://localhost:" + port() + "/" + name, name);
    }

    private static void requirePasswords(java.io.File dataDirectory) {
        String hba = """
                local all all trust
                host all postgres 127.0.0.1/32 trust
                host all postgres ::1/128 trust
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """;
        try {
            Files.writeString(Path.of(dataDirectory.getPath(), "pg_hba.conf"), hba);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
