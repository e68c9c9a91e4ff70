package dev.dbmirror.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar target/dbmirror.jar} works on its own: help, pull (SQLite), verify, exit codes. */
class RunnableJarIT {

    private static final Path JAR = Path.of("target", "dbmirror.jar");

    @TempDir
    Path dir;

    private record Run(int exitCode, String out) {
    }

    private Run java(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Run(process.exitValue(), out);
    }

    @Test
    void pullAndVerifyThroughTheJar() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
        }
        assertEquals(0, java("--help").exitCode());
        Run pull = java("pull", "--url", url);
        assertEquals(0, pull.exitCode(), pull.out());
        assertTrue(Files.readString(dir.resolve("db/schema/tables.json")).contains("\"dialect\": \"sqlite\""));
        assertEquals(0, java("verify", "--url", url).exitCode());
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE notes ADD COLUMN title TEXT");
        }
        Run drift = java("verify", "--url", url);
        assertEquals(2, drift.exitCode(), drift.out());
        assertTrue(drift.out().contains("+ column title"), drift.out());
    }
}
