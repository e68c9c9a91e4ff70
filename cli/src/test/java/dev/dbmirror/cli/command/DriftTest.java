package dev.dbmirror.cli.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbmirror.cli.support.Cli;
import dev.dbmirror.cli.support.PostgresServer;
import dev.dbmirror.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** verify finds each kind of change (exit 2, readable text and JSON) and never reports drift that is not there. */
class DriftTest {

    private static TestDatabase db;

    @TempDir
    Path dir;

    private Path mirror;

    @BeforeAll
    static void database() {
        db = PostgresServer.createDatabase();
    }

    /** Every case starts from the same schema, pulled fresh. */
    @BeforeEach
    void baseline() {
        db.sql("DROP SCHEMA public CASCADE", "CREATE SCHEMA public",
                "CREATE TYPE status AS ENUM ('new', 'done')",
                "CREATE TABLE customers (id integer PRIMARY KEY, email text, name text NOT NULL, code text)",
                "CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer, total numeric(10,2) DEFAULT 0,"
                        + " state status NOT NULL, CONSTRAINT orders_customer_fkey FOREIGN KEY (customer_id) REFERENCES customers (id))",
                "CREATE TABLE notes (id integer)");
        mirror = dir.resolve("tables.json");
        Cli.Result pull = cli("pull");
        assertEquals(0, pull.exitCode(), pull::toString);
    }

    private Cli.Result cli(String command, String... more) {
        String[] args = Stream.concat(Stream.of(command, "--url", db.url(), "--user", PostgresServer.SUPERUSER,
                "--mirror", mirror.toString()), Stream.of(more)).toArray(String[]::new);
        return Cli.with(dir).run(args);
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("CREATE TABLE invoices (id integer)", "+ public.invoices"),
                Arguments.of("DROP TABLE notes", "- public.notes"),
                Arguments.of("ALTER TABLE customers ADD COLUMN phone text", "+ column phone"),
                Arguments.of("ALTER TABLE customers DROP COLUMN code", "- column code"),
                Arguments.of("ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2)", "numeric(10,2) → numeric(12,2)"),
                Arguments.of("ALTER TABLE customers ALTER COLUMN name DROP NOT NULL", "not null → null"),
                Arguments.of("ALTER TABLE orders ALTER COLUMN total SET DEFAULT 1", "default"),
                Arguments.of("ALTER TABLE orders DROP CONSTRAINT orders_customer_fkey", "orders_customer_fkey"),
                Arguments.of("ALTER TABLE orders DROP CONSTRAINT orders_customer_fkey, ADD CONSTRAINT orders_customer_fkey"
                        + " FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE", "on delete cascade"),
                Arguments.of("ALTER TABLE customers ADD CONSTRAINT customers_email_key UNIQUE (email)", "customers_email_key"),
                Arguments.of("ALTER TYPE status ADD VALUE 'cancelled'", "cancelled"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void eachChangeIsDrift(String ddl, String expected) throws Exception {
        byte[] before = Files.readAllBytes(mirror);
        db.sql(ddl);

        Cli.Result text = cli("verify");
        assertEquals(2, text.exitCode(), text::toString);
        assertTrue(text.out().contains(expected), text::toString);
        Cli.Result json = cli("verify", "--format", "json");
        assertEquals(2, json.exitCode(), json::toString);
        assertTrue(json.out().startsWith("{") && json.out().contains("\"changes\""), json::toString);
        assertArrayEquals(before, Files.readAllBytes(mirror), "verify never writes");
    }

    @Test
    void noFalseDriftOverRepeatedPulls() throws Exception {
        byte[] first = Files.readAllBytes(mirror);
        for (int i = 0; i < 3; i++) {
            Cli.Result verify = cli("verify");
            assertEquals(0, verify.exitCode(), verify::toString);
            Cli.Result pull = cli("pull");
            assertTrue(pull.out().startsWith("unchanged"), pull::toString);
            assertArrayEquals(first, Files.readAllBytes(mirror));
        }
    }

    @Test
    void statusMarksEachTable() {
        db.sql("CREATE TABLE invoices (id integer)", "DROP TABLE notes", "ALTER TABLE customers ADD COLUMN phone text");
        Cli.Result status = cli("status");
        assertEquals(2, status.exitCode(), status::toString);
        assertTrue(status.out().contains("~ public.customers"), status::toString);
        assertTrue(status.out().contains("+ public.invoices"), status::toString);
        assertTrue(status.out().contains("⚠ public.notes"), status::toString);
        assertTrue(status.out().contains("✓ public.orders"), status::toString);

        assertEquals(0, cli("pull").exitCode());
        Cli.Result again = cli("status");
        assertEquals(0, again.exitCode(), again::toString);
    }
}
