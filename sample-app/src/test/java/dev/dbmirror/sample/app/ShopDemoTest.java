package dev.dbmirror.sample.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** README command 1 in a test: the demo's report, line by line where it is deterministic. */
class ShopDemoTest {

    @Test
    void demoMigratesVerifiesAndReports() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = new ShopDemo(Path.of(""), new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        String report = bytes.toString(StandardCharsets.UTF_8);

        assertEquals(0, exit, report);
        assertTrue(report.contains("2. pulled the schema: in sync with the committed mirror (5 relations, 1 enum)\n"), report);
        assertTrue(report.contains("4. registering ada@example.com again: already registered (the unique key said so)\n"),
                report);
        assertTrue(report.contains("""
                Revenue per customer (paid and shipped orders)
                  grace@example.com        149.70
                  ada@example.com           88.90
                """), report);
        assertTrue(report.endsWith("Rows: {customers=2, products=2, orders=3, order_items=4}\n"), report);
    }
}
