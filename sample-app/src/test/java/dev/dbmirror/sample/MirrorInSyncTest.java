package dev.dbmirror.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dbmirror.cli.DbMirror;
import dev.dbmirror.cli.Environment;
import dev.dbmirror.cli.Session;
import dev.dbmirror.cli.pull.Progress;
import dev.dbmirror.sample.support.ShopDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The single-source-of-truth loop: the migrations, applied to a real PostgreSQL, give exactly the
 * committed mirror. This fails the day someone adds a migration and forgets `dbmirror pull`.
 */
class MirrorInSyncTest {

    @Test
    void committedMirrorMatchesTheMigratedDatabase() {
        ShopDatabase database = ShopDatabase.migrated();
        StringWriter output = new StringWriter();
        PrintWriter writer = new PrintWriter(output, true);
        Session session = new Session(Environment.of(Map.of(), Path.of(".")), writer, writer, Progress.SILENT);

        int exit = DbMirror.run(new String[] {"verify", "--url", database.jdbcUrl(), "--user", "postgres",
                "--mirror", "db/schema/tables.json"}, session);

        assertEquals(0, exit, () -> "dbmirror verify reported drift or failed:\n" + output);
    }
}
