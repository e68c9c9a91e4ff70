package dev.dbmirror.cli.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbmirror.cli.support.Cli;
import dev.dbmirror.cli.support.PostgresServer;
import dev.dbmirror.cli.support.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The password never shows (out, err, files, also on failure), and every failure is exit 1 with
 * one line on stderr while the existing mirror stays byte-identical.
 */
class CredentialsAndFaultsTest {

    private static final String USER = "mirror_reader";
    private static final String SECRET = "Tr0ub4dor-and-3-horses";
    private static final byte[] OLD_MIRROR = "the committed mirror\n".getBytes(StandardCharsets.UTF_8);

    private static TestDatabase db;

    @TempDir
    Path dir;

    private Path mirror;

    @BeforeAll
    static void database() {
        db = PostgresServer.createDatabase();
        db.sql("CREATE ROLE " + USER + " LOGIN PASSWORD '" + SECRET + "'",
                "CREATE TABLE public.visible (id integer PRIMARY KEY)",
                "GRANT SELECT ON public.visible TO " + USER,
                "CREATE TABLE public.secret_stuff (id integer)",
                "REVOKE ALL ON public.secret_stuff FROM PUBLIC");
    }

    @BeforeEach
    void oldMirror() throws IOException {
        mirror = dir.resolve("db/tables.json");
        Files.createDirectories(mirror.getParent());
        Files.write(mirror, OLD_MIRROR);
    }

    private Cli.Result pull(Map<String, String> env, String url, String... more) {
        String[] args = Stream.concat(Stream.of("pull", "--url", url, "--user", USER, "--mirror", mirror.toString()),
                Stream.of(more)).toArray(String[]::new);
        return Cli.with(dir).env(env).run(args);
    }

    /** Neither the output nor any file under the test folder contains the password. */
    private void assertSecretNowhere(Cli.Result result) throws IOException {
        assertFalse(result.out().contains(SECRET), result::toString);
        assertFalse(result.err().contains(SECRET), result::toString);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains(SECRET), file.toString());
            }
        }
    }

    private void assertFailedCleanly(Cli.Result result, String expected) throws IOException {
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains(expected), result::toString);
        assertEquals(1, result.err().strip().lines().count(), result::toString);
        assertFalse(result.err().contains("\tat "), result::toString);
        assertArrayEquals(OLD_MIRROR, Files.readAllBytes(mirror), "the old mirror is untouched");
        assertSecretNowhere(result);
    }

    @Test
    void passwordFromTheDefaultVariable() throws IOException {
        Cli.Result result = pull(Map.of("DBMIRROR_PASSWORD", SECRET), db.url(), "--exclude", "secret_*");
        assertEquals(0, result.exitCode(), result::toString);
        assertSecretNowhere(result);
    }

    @Test
    void passwordFromANamedVariableOrPgpassword() {
        assertEquals(0, pull(Map.of("MY_DB_PW", SECRET), db.url(), "--password-env", "MY_DB_PW", "--exclude", "secret_*").exitCode());
        assertEquals(0, pull(Map.of("PGPASSWORD", SECRET), db.url(), "--exclude", "secret_*").exitCode());
    }

    @Test
    void passwordFromAPgpassFileWithWildcardsAndEscapes() throws IOException {
        Path pgpass = dir.resolve("elsewhere/pgpass");
        Files.createDirectories(pgpass.getParent());
        Files.writeString(pgpass, "# comment\nlocalhost:" + PostgresServer.port() + ":other:" + USER + ":wrong\n"
                + "*:" + PostgresServer.port() + ":" + db.name() + ":" + USER + ":" + SECRET + "\n");
        Cli.Result result = pull(Map.of("PGPASSFILE", pgpass.toString()), db.url(), "--exclude", "secret_*");
        assertEquals(0, result.exitCode(), result::toString);
        Files.delete(pgpass);
        assertSecretNowhere(result);
    }

    @Test
    void wrongPassword() throws IOException {
        Cli.Result result = pull(Map.of("DBMIRROR_PASSWORD", SECRET + "x"), db.url(), "--verbose");
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("dbmirror: error: authentication failed for user " + USER + "; check the password in"
                + " DBMIRROR_PASSWORD, where it was read from (FATAL: password authentication failed for user"), result::toString);
        assertArrayEquals(OLD_MIRROR, Files.readAllBytes(mirror));
        assertSecretNowhere(result);
    }

    @Test
    void aUrlWithAPasswordIsRefusedWithoutEchoingIt() throws IOException {
        assertFailedCleanly(pull(Map.of(), db.url() + "?user=" + USER + "&password=" + SECRET), "--url contains a password");
        assertFailedCleanly(pull(Map.of(), db.url() + "?sslmode=disable&Password=" + SECRET), "--url contains a password");
    }

    @Test
    void unreachableServer() throws IOException {
        assertFailedCleanly(pull(Map.of("DBMIRROR_PASSWORD", SECRET), "jdbc:postgresql://127.0.0.1:1/nothing"),
                "cannot connect to the database");
    }

    @Test
    void missingSchema() throws IOException {
        assertFailedCleanly(pull(Map.of("DBMIRROR_PASSWORD", SECRET), db.url(), "--schema", "nope"),
                "schema nope does not exist");
    }

    @Test
    void aTableTheUserMayNotRead() throws IOException {
        assertFailedCleanly(pull(Map.of("DBMIRROR_PASSWORD", SECRET), db.url()),
                "may not read public.secret_stuff");
    }

    @Test
    void connectionKilledMidPull() throws IOException {
        Cli.Result result = Cli.with(dir).env(Map.of("DBMIRROR_PASSWORD", SECRET)).progress(stage -> {
            if (stage.startsWith("reading columns")) {
                terminateBackendsOf(USER);
            }
        }).run("pull", "--url", db.url(), "--user", USER, "--mirror", mirror.toString(), "--exclude", "secret_*");
        assertFailedCleanly(result, "lost the database connection");
    }

    private static void terminateBackendsOf(String user) {
        try (Connection c = db.superuser().getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + user + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
