package dev.dbmirror.cli.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.pull.TableFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** URL parsing and refusal, the password file format, table globs. */
class ConnectionTextTest {

    @Test
    void postgresUrlParts() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://db.example:6543/shop?user=app&ssl=true");
        assertEquals("db.example", url.host());
        assertEquals(6543, url.port());
        assertEquals("shop", url.database());
        assertEquals("app", url.userParameter());
        DatabaseUrl plain = DatabaseUrl.parse("jdbc:postgresql://h1,h2:5433/x");
        assertEquals("h1", plain.host());
        assertEquals(5432, plain.port());
    }

    @Test
    void urlsWithPasswordsAreRefusedWithoutTheValue() {
        for (String url : List.of("jdbc:postgresql://h/db?password=hunter2", "jdbc:h2:mem:x;PASSWORD=hunter2",
                "jdbc:mysql://root:hunter2@h/db", "jdbc:postgresql://h/db?a=b&sslpassword=hunter2")) {
            CliException e = assertThrows(CliException.class, () -> DatabaseUrl.parse(url));
            assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        }
    }

    @Test
    void pgpassWildcardsEscapesAndOrder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pgpass");
        Files.writeString(file, """
                # host:port:db:user:password
                db\\:1:5432:shop:app:first
                *:5432:shop:app:pa\\:ss\\\\word
                *:*:*:*:fallback
                """);
        PgPass pgpass = PgPass.read(file);
        assertEquals(Optional.of("first"), pgpass.password("db:1", 5432, "shop", "app"));
        assertEquals(Optional.of("pa:ss\\word"), pgpass.password("other", 5432, "shop", "app"));
        assertEquals(Optional.of("fallback"), pgpass.password("other", 1, "x", "y"));
        assertEquals(Optional.empty(), PgPass.read(dir.resolve("missing")).password("h", 1, "d", "u"));
    }

    @Test
    void tableGlobs() {
        TableFilter filter = new TableFilter(List.of("order*", "audit.?og"), List.of("*_old"));
        assertTrue(filter.keeps("public", "orders"));
        assertTrue(filter.keeps("audit", "log"));
        assertFalse(filter.keeps("public", "log"));
        assertFalse(filter.keeps("public", "orders_old"));
        assertTrue(TableFilter.all().keeps("x", "y"));
    }
}
