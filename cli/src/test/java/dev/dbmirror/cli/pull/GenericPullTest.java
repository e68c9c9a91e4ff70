package dev.dbmirror.cli.pull;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbmirror.cli.support.Cli;
import dev.dbmirror.schema.io.Mirrors;
import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.ReferentialAction;
import dev.dbmirror.schema.model.Table;
import dev.dbmirror.schema.model.TableKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2 and SQLite through the DatabaseMetaData path: the same commands, deterministic output. */
class GenericPullTest {

    private static final String[] SCHEMA = {
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, email VARCHAR(200) NOT NULL, note TEXT)",
        "CREATE TABLE orders (id INTEGER NOT NULL, line INTEGER NOT NULL, customer_id INTEGER,"
                + " total DECIMAL(12,2) DEFAULT 0, PRIMARY KEY (id, line),"
                + " CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE)",
        "CREATE INDEX orders_customer_idx ON orders (customer_id)",
        "CREATE UNIQUE INDEX customers_email_idx ON customers (email)",
        "CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100"};

    @TempDir
    Path dir;

    private static void create(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String statement : SCHEMA) {
                s.execute(statement);
            }
        }
    }

    private Mirror pullTwice(String url) throws Exception {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        for (Path file : List.of(first, second)) {
            Cli.Result result = Cli.with(dir).run("pull", "--url", url, "--mirror", file.toString());
            assertEquals(0, result.exitCode(), result::toString);
            assertEquals("wrote " + file + ": 3 relations, 0 enums, 0 domains\n", result.out());
        }
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        Cli.Result again = Cli.with(dir).run("pull", "--url", url, "--mirror", first.toString());
        assertEquals("unchanged " + first + ": 3 relations, 0 enums, 0 domains\n", again.out());
        Cli.Result verify = Cli.with(dir).run("verify", "--url", url, "--mirror", first.toString());
        assertEquals(0, verify.exitCode(), verify::toString);
        return Mirrors.load(first);
    }

    private static void assertCommonShape(Mirror mirror, String schema) {
        Table orders = mirror.tables().stream().filter(t -> t.name().equalsIgnoreCase("orders")).findFirst().orElseThrow();
        assertEquals(schema, orders.schema());
        assertEquals(List.of("id", "line"), orders.primaryKey().columns().stream().map(String::toLowerCase).toList());
        ForeignKey fk = orders.foreignKeys().get(0);
        assertEquals("customers", fk.references().table().toLowerCase());
        assertEquals(ReferentialAction.CASCADE, fk.onDelete());
        assertTrue(orders.indexes().stream().anyMatch(i -> i.name().equalsIgnoreCase("orders_customer_idx")), orders::toString);
        Table view = mirror.tables().stream().filter(t -> t.name().equalsIgnoreCase("big_orders")).findFirst().orElseThrow();
        assertEquals(TableKind.VIEW, view.kind());
    }

    @Test
    void h2() throws Exception {
        String url = "jdbc:h2:mem:generic;DB_CLOSE_DELAY=-1";
        create(url);
        Mirror mirror = pullTwice(url);
        assertEquals("h2", mirror.source().dialect());
        assertEquals(List.of("PUBLIC"), mirror.source().schemas());
        assertCommonShape(mirror, "PUBLIC");
        Table customers = mirror.table("PUBLIC", "CUSTOMERS").orElseThrow();
        assertEquals("character varying(200)", customers.column("EMAIL").orElseThrow().type());
        assertEquals("decimal(12,2)", mirror.table("PUBLIC", "ORDERS").orElseThrow().column("TOTAL").orElseThrow().type());
    }

    @Test
    void sqlite() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        create(url);
        Mirror mirror = pullTwice(url);
        assertEquals("sqlite", mirror.source().dialect());
        assertCommonShape(mirror, "main");
        Table customers = mirror.table("main", "customers").orElseThrow();
        assertEquals("varchar", customers.column("email").orElseThrow().type());
        assertTrue(customers.indexes().stream().anyMatch(i -> i.name().equals("customers_email_idx") && i.unique()));
    }
}
