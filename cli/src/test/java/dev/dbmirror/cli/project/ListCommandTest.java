package dev.dbmirror.cli.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dbmirror.cli.support.Cli;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** list prints the mirror's relations one a line, in text and JSON, and finds the mirror as the other commands do. */
class ListCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void mirror() throws Exception {
        Files.createDirectories(dir.resolve("db/schema"));
        try (InputStream shop = ListCommandTest.class.getResourceAsStream("/mirrors/shop.json")) {
            Files.write(dir.resolve("db/schema/tables.json"), shop.readAllBytes());
        }
        Files.createDirectories(dir.resolve("src/main"));
    }

    @Test
    void oneLineATable() {
        Cli.Result result = Cli.with(dir).in(dir.resolve("src/main")).run("list");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("""
                public.customers     table  3 columns  pk (id), unique (email)  -- People who buy
                public.order_totals  view   2 columns
                public.orders        table  7 columns  pk (id), fk (customer_id) → public.customers  -- Customer orders
                """, result.out());
    }

    @Test
    void json() {
        Cli.Result result = Cli.with(dir).in(dir).run("list", "--format", "json");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("{\"mirror\":\"" + dir.resolve("db/schema/tables.json") + "\",\"tables\":["
                + "{\"name\":\"public.customers\",\"kind\":\"table\",\"columns\":3,\"primaryKey\":[\"id\"],"
                + "\"uniques\":[[\"email\"]],\"foreignKeys\":[],\"comment\":\"People who buy\"},"
                + "{\"name\":\"public.order_totals\",\"kind\":\"view\",\"columns\":2,\"primaryKey\":null,"
                + "\"uniques\":[],\"foreignKeys\":[],\"comment\":null},"
                + "{\"name\":\"public.orders\",\"kind\":\"table\",\"columns\":7,\"primaryKey\":[\"id\"],\"uniques\":[],"
                + "\"foreignKeys\":[{\"columns\":[\"customer_id\"],\"references\":\"public.customers\","
                + "\"referencedColumns\":[\"id\"]}],\"comment\":\"Customer orders\"}]}\n", result.out());
    }

    @Test
    void anEmptyMirrorSaysHowToAddATable() {
        assertEquals(0, Cli.with(dir).in(dir).run("init").exitCode());
        Path empty = dir.resolve("empty");
        assertEquals(0, Cli.with(dir).in(empty).run("init").exitCode());

        Cli.Result result = Cli.with(dir).in(empty).run("list");

        assertEquals("no tables in " + empty.resolve("db/schema/tables.json")
                + "; add one with `dbmirror add-table` or `dbmirror pull`\n", result.out());
    }
}
