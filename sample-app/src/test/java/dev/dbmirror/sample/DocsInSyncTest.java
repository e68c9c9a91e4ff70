package dev.dbmirror.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dbmirror.cli.DbMirror;
import dev.dbmirror.cli.Environment;
import dev.dbmirror.cli.Session;
import dev.dbmirror.cli.pull.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The committed docs (docs/schema) and assistant context (docs/context) describe the committed
 * mirror. This fails the day someone pulls a changed schema and forgets `dbmirror docs` or
 * `dbmirror context` (run both from sample-app/).
 */
class DocsInSyncTest {

    @ParameterizedTest
    @ValueSource(strings = {"docs", "context"})
    void theCommittedFilesAreCurrent(String command) {
        StringWriter output = new StringWriter();
        PrintWriter writer = new PrintWriter(output, true);
        Session session = new Session(Environment.of(Map.of(), Path.of(".")), writer, writer, Progress.SILENT);

        int exit = DbMirror.run(new String[] {command, "--check", "--mirror", "db/schema/tables.json"}, session);

        assertEquals(0, exit, () -> "dbmirror " + command + " --check found stale files; run `dbmirror " + command
                + "` in sample-app/ and commit the result:\n" + output);
    }
}
