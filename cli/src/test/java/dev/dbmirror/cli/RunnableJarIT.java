package dev.dbmirror.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbmirror.cli.support.ConnectionCounter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code java -jar target/dbmirror.jar} and the {@code target/dbmirror} launcher work on their own:
 * help, pull (SQLite), verify, exit codes; the command line is read before anything connects.
 */
class RunnableJarIT {

    private static final String JAVA_HOME = System.getProperty("java.home");

    /** How the CLI is started. */
    enum Start {
        JAR(Path.of(JAVA_HOME, "bin", "java").toString(), "-jar", Path.of("target", "dbmirror.jar").toAbsolutePath().toString()),
        LAUNCHER(Path.of("target", "dbmirror").toAbsolutePath().toString());

        private final List<String> command;

        Start(String... command) {
            this.command = List.of(command);
        }
    }

    @TempDir
    Path dir;

    private record Run(int exitCode, String out) {
    }

    private Run run(Start start, String... args) throws Exception {
        List<String> command = new ArrayList<>(start.command);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", JAVA_HOME);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Run(process.exitValue(), out);
    }

    @ParameterizedTest
    @EnumSource(Start.class)
    void pullAndVerify(Start start) throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
        }
        assertEquals(0, run(start, "--help").exitCode());
        assertEquals(new Run(0, "dbmirror " + System.getProperty("dbmirror.version") + "\n"), run(start, "--version"));
        Run pull = run(start, "pull", "--url", url);
        assertEquals(0, pull.exitCode(), pull.out());
        assertTrue(Files.readString(dir.resolve("db/schema/tables.json")).contains("\"dialect\": \"sqlite\""));
        assertEquals(0, run(start, "verify", "--url", url).exitCode());
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE notes ADD COLUMN title TEXT");
        }
        Run drift = run(start, "verify", "--url", url);
        assertEquals(2, drift.exitCode(), drift.out());
        assertTrue(drift.out().contains("+ column title"), drift.out());
    }

    @ParameterizedTest
    @EnumSource(Start.class)
    void aUsageErrorOrHelpOpensNoConnection(Start start) throws Exception {
        try (ConnectionCounter database = new ConnectionCounter()) {
            Run typo = run(start, "pull", "--url", database.postgresUrl(), "--shema", "billing");
            assertEquals(1, typo.exitCode(), typo.out());
            assertTrue(typo.out().startsWith("dbmirror: unknown option --shema for dbmirror pull\nDid you mean --schema?\n"),
                    typo.out());
            assertEquals(0, run(start, "pull", "--url", database.postgresUrl(), "--help").exitCode());
            assertEquals(0, database.connections());

            Run connecting = run(start, "pull", "--url", database.postgresUrl(), "--user", "someone");
            assertEquals(1, connecting.exitCode(), connecting.out());
            assertEquals(1, database.connections());
        }
    }
}
