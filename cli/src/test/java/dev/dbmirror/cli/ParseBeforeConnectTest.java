package dev.dbmirror.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbmirror.cli.support.Cli;
import dev.dbmirror.cli.support.ConnectionCounter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line is read first: a usage error, {@code --help} or {@code --version} opens no
 * connection and reads no password (no environment variable, no password file in the home folder).
 */
class ParseBeforeConnectTest {

    @TempDir
    Path dir;

    private final ConnectionCounter database = new ConnectionCounter();
    private final RecordingEnvironment environment = new RecordingEnvironment();

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    /** {exit code, arguments after the URL}. */
    static Stream<Object[]> linesThatDoNotConnect() {
        return Stream.of(
                new Object[] {1, new String[] {"pull", "--shema", "billing"}},
                new Object[] {1, new String[] {"pull", "--mirror"}},
                new Object[] {1, new String[] {"verify", "--format", "xml"}},
                new Object[] {1, new String[] {"status", "stray"}},
                new Object[] {1, new String[] {"pul"}},
                new Object[] {0, new String[] {"pull", "--help"}},
                new Object[] {0, new String[] {"verify", "-h"}},
                new Object[] {0, new String[] {"status", "--version"}});
    }

    @ParameterizedTest
    @MethodSource("linesThatDoNotConnect")
    void usageErrorsHelpAndVersionNeitherConnectNorReadAPassword(int exitCode, String[] args) {
        List<String> line = new ArrayList<>(List.of(args));
        line.addAll(List.of("--url", database.postgresUrl(), "--user", "someone"));

        Cli.Result result = Cli.with(dir).run(environment, line.toArray(String[]::new));

        assertEquals(exitCode, result.exitCode(), result::toString);
        assertEquals(0, database.connections(), "connections opened");
        assertEquals(List.of(), environment.read, "environment read");
    }

    /** The same line without the mistake does connect, and looks for the password: the counters work. */
    @Test
    void aCorrectLineConnectsAfterReadingIt() {
        Cli.Result result = Cli.with(dir).run(environment, "pull", "--url", database.postgresUrl(), "--user", "someone",
                "--mirror", dir.resolve("tables.json").toString());

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("dbmirror: error: cannot connect to the database"), result::toString);
        assertEquals(1, database.connections());
        assertTrue(environment.read.contains("DBMIRROR_PASSWORD") && environment.read.contains("home"), environment.read::toString);
    }

    /** An empty environment that notes each variable asked for, and {@code home} when the home folder is. */
    private final class RecordingEnvironment implements Environment {

        final List<String> read = new ArrayList<>();

        @Override
        public String variable(String name) {
            read.add(name);
            return null;
        }

        @Override
        public Path home() {
            read.add("home");
            return dir;
        }
    }
}
