package dev.dbmirror.bench.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dbmirror.cli.DbMirror;
import dev.dbmirror.cli.Environment;
import dev.dbmirror.cli.Session;
import dev.dbmirror.cli.pull.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed mirror, from which the adapter is generated, is the table that bench/items.sql creates. */
class MirrorInSyncTest {

    @Test
    void mirrorMatchesTheBenchmarkTable() throws Exception {
        StringWriter output = new StringWriter();
        PrintWriter writer = new PrintWriter(output, true);
        try (BenchDatabase database = BenchDatabase.start()) {
            int exit = DbMirror.run(new String[] {"verify", "--url", database.jdbcUrl(), "--user", "postgres",
                    "--mirror", "db/schema/tables.json"},
                    new Session(Environment.of(Map.of(), Path.of(".")), writer, writer, Progress.SILENT));
            assertEquals(0, exit, () -> "dbmirror verify reported drift or failed:\n" + output);
        }
    }
}
