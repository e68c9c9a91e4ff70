package dev.dbmirror.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Follows docs/getting-started.md as a user would, block by block (the rules are in the page's last section):
 * files are written, SQL runs on a real PostgreSQL, shell commands run in bash with {@code mvn} and
 * {@code dbmirror} on the {@code PATH}, and the output the page shows must be what the commands print.
 */
class GettingStartedIT {

    /** Where the page's database is; the embedded server's own port replaces it. */
    private static final String PAGE_SERVER = "localhost:5432";
    private static final String PASSWORD = "getting-started-secret";

    private static EmbeddedPostgres postgres;

    private Path cwd;
    private Path logs;
    private int commands;

    @BeforeAll
    static void startPostgres() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().setDataDirectoryCustomizer(GettingStartedIT::requirePasswords).start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE app LOGIN PASSWORD '" + PASSWORD + "'");
            s.execute("CREATE DATABASE shop OWNER app");
        }
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void everyCommandOnThePageDoesWhatThePageSays() throws Exception {
        MarkdownPage page = MarkdownPage.read(Path.of(Maven.property("dbmirror.it.docs"), "getting-started.md"));
        Path work = Workspace.fresh("getting-started");
        // an own .mvn folder, so that Maven does not take the enclosing reactor's for the project's root
        Files.createDirectories(work.resolve(".mvn"));
        logs = Files.createDirectories(work.resolve("logs"));
        cwd = work;

        List<MarkdownPage.Block> notRun = page.blocks().stream().filter(MarkdownPage.Block::notRun).toList();
        assertEquals(1, notRun.size(), "only section 1 (building dbmirror itself) is not run: " + notRun);
        for (MarkdownPage.Block block : page.blocks()) {
            if (block.notRun()) {
                continue;
            }
            if (block.file() != null) {
                Path file = cwd.resolve(block.file());
                Files.createDirectories(file.getParent());
                Files.writeString(file, block.text(), StandardCharsets.UTF_8);
                continue;
            }
            switch (block.language()) {
                case "sql" -> runSql(block);
                case "bash" -> block.text().lines().filter(line -> !line.isBlank())
                        .forEach(line -> expect(block.where(), line, List.of(), shell(Maven.WRAPPER, line)));
                case "console" -> runConsole(block);
                default -> fail(block.where() + ": a " + block.language() + " block that is neither a file nor a command");
            }
        }

        // the finished project builds the same with Maven 3.8, and its drift check runs there too
        String finalBuild = "mvn -B verify dbmirror:verify -Ddbmirror.url=jdbc:postgresql://" + PAGE_SERVER + "/shop -Ddbmirror.user=app";
        Run maven38 = shell(Maven.MAVEN_38, finalBuild);
        expect("Maven 3.8 on the finished project", finalBuild,
                List.of("Tests run: 4, Failures: 0", "db/schema/tables.json is in sync with the database", "BUILD SUCCESS"), maven38);
    }

    private record Run(int exitCode, String output) {
    }

    private void runConsole(MarkdownPage.Block block) {
        String command = null;
        List<String> expected = new ArrayList<>();
        for (String line : (block.text() + "$ \n").lines().toList()) {
            if (line.startsWith("$ ")) {
                if (command != null) {
                    expect(block.where(), command, expected, shell(Maven.WRAPPER, command));
                }
                command = line.substring(2).strip();
                expected = new ArrayList<>();
            } else if (!line.isBlank() && !line.strip().equals("...")) {
                expected.add(line.strip());
            }
        }
    }

    /** The command succeeded (or its expected output shows Maven's {@code BUILD FAILURE}) and printed the expected lines in order. */
    private static void expect(String place, String command, List<String> expected, Run run) {
        String where = place + ": $ " + command + "\n" + run.output();
        if (expected.stream().noneMatch(line -> line.contains("BUILD FAILURE"))) {
            assertEquals(0, run.exitCode(), () -> "exit code of " + where);
        }
        List<String> output = run.output().lines().map(String::strip).toList();
        int from = 0;
        for (String line : expected) {
            int found = from;
            while (found < output.size() && !output.get(found).contains(line)) {
                found++;
            }
            int at = found;
            assertTrue(at < output.size(), () -> "expected, after the lines matched before it: " + line + "\nin " + where);
            from = at + 1;
        }
    }

    /** Runs one command line in bash, in the directory the last one ended in, with the page's tools on the PATH. */
    private Run shell(Maven maven, String command) {
        try {
            Path bin = mavenShim(maven);
            Path pwd = logs.resolve("pwd");
            Path log = logs.resolve(String.format("%02d.log", ++commands));
            String script = command.replace(PAGE_SERVER, "localhost:" + postgres.getPort())
                    + "\nstatus=$?\npwd > '" + pwd + "'\nexit $status\n";
            ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).directory(cwd.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Maven.environment(builder);
            builder.environment().put("PATH", bin + File.pathSeparator + Maven.property("dbmirror.it.cli")
                    + File.pathSeparator + System.getenv("PATH"));
            // the page's connection and nothing of the environment this build runs in
            List.of("PGPASSWORD", "PGHOST", "PGPORT", "PGDATABASE", "PGUSER", "PGSERVICE", "PGSERVICEFILE", "PGPASSFILE")
                    .forEach(builder.environment()::remove);
            builder.environment().put("DBMIRROR_PASSWORD", PASSWORD);
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish in 5 minutes; see " + log);
            }
            cwd = Path.of(Files.readString(pwd, StandardCharsets.UTF_8).strip());
            return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A folder with an {@code mvn} that runs the given Maven offline (see {@link Maven}). */
    private Path mavenShim(Maven maven) throws IOException {
        Path bin = Files.createDirectories(logs.resolveSibling("bin-" + maven.name().toLowerCase()));
        Path mvn = bin.resolve("mvn");
        String command = maven.command().stream().map(word -> "'" + word + "'").collect(Collectors.joining(" "));
        Files.writeString(mvn, "#!/bin/sh\nexec " + command + " \"$@\"\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private static void runSql(MarkdownPage.Block block) throws SQLException {
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/shop";
        try (Connection c = DriverManager.getConnection(url, "app", PASSWORD); Statement s = c.createStatement()) {
            s.execute(block.text());
        }
    }

    /** The superuser logs in without a password, every other role with its own (scram), as on a real server. */
    private static void requirePasswords(File dataDirectory) {
        try {
            Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), """
                    local all all trust
                    host all postgres 127.0.0.1/32 trust
                    host all postgres ::1/128 trust
                    host all all 127.0.0.1/32 scram-sha-256
                    host all all ::1/128 scram-sha-256
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
