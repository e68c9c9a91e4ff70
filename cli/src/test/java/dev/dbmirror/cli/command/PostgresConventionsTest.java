package dev.dbmirror.cli.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dbmirror.cli.support.Cli;
import dev.dbmirror.cli.support.PostgresServer;
import dev.dbmirror.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without {@code --url} and {@code --user}, the database and login come from PostgreSQL's own
 * conventions: {@code PGHOST}, {@code PGPORT}, {@code PGDATABASE}, {@code PGUSER} and a service
 * file; the options still win.
 */
class PostgresConventionsTest {

    private static final String USER = "conventions_reader";
    private static final String SECRET = "conventions-pw";

    private static TestDatabase db;

    @TempDir
    Path dir;

    @BeforeAll
    static void database() {
        db = PostgresServer.createDatabase();
        db.sql("CREATE ROLE " + USER + " LOGIN PASSWORD '" + SECRET + "'",
                "CREATE TABLE public.notes (id integer PRIMARY KEY, body text)",
                "GRANT SELECT ON public.notes TO " + USER);
    }

    /** The password, and the given variables. */
    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>(Map.of("DBMIRROR_PASSWORD", SECRET));
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private Cli.Result pull(Map<String, String> env, String mirror, String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "pull";
        args[1] = "--mirror";
        args[2] = dir.resolve(mirror).toString();
        System.arraycopy(options, 0, args, 3, options.length);
        return Cli.with(dir).env(env).run(args);
    }

    @Test
    void theLibpqVariablesStandForUrlAndUser() throws Exception {
        Cli.Result byOptions = pull(env(), "options.json", "--url", db.url(), "--user", USER);
        assertEquals(0, byOptions.exitCode(), byOptions::toString);

        Cli.Result byVariables = pull(env("PGHOST", "localhost", "PGPORT", Integer.toString(PostgresServer.port()),
                "PGDATABASE", db.name(), "PGUSER", USER), "variables.json");

        assertEquals(0, byVariables.exitCode(), byVariables::toString);
        assertArrayEquals(Files.readAllBytes(dir.resolve("options.json")), Files.readAllBytes(dir.resolve("variables.json")));
    }

    @Test
    void urlAndUserWinOverTheVariables() {
        Cli.Result result = pull(env("PGHOST", "nowhere.invalid", "PGPORT", "1", "PGDATABASE", "nothing", "PGUSER", "nobody"),
                "tables.json", "--url", db.url(), "--user", USER);
        assertEquals(0, result.exitCode(), result::toString);
    }

    @Test
    void pgUserIsTheLoginWhenNeitherUserNorTheUrlNamesOne() {
        Cli.Result result = pull(env("PGUSER", USER), "tables.json", "--url", db.url());
        assertEquals(0, result.exitCode(), result::toString);
    }

    /** As in libpq, the service's settings come before PGHOST and the others. */
    @Test
    void aServiceFromTheUsersServiceFile() throws Exception {
        String service = "[other]\nhost=nowhere.invalid\n\n# the shop\n[shop]\nhost = localhost\nport=" + PostgresServer.port()
                + "\ndbname=" + db.name() + "\nuser=" + USER + "\n";
        Files.writeString(dir.resolve("services.conf"), service);
        Cli.Result named = pull(env("PGSERVICE", "shop", "PGSERVICEFILE", dir.resolve("services.conf").toString(),
                "PGHOST", "nowhere.invalid", "PGUSER", "nobody"), "named.json");
        assertEquals(0, named.exitCode(), named::toString);

        Files.writeString(dir.resolve(".pg_service.conf"), service);
        Cli.Result inHome = pull(env("PGSERVICE", "shop"), "home.json");
        assertEquals(0, inHome.exitCode(), inHome::toString);
    }

    @Test
    void withNeitherUrlNorVariablesTheErrorSaysWhatToSet() {
        Cli.Result nothing = pull(env(), "tables.json");
        assertEquals(1, nothing.exitCode(), nothing::toString);
        assertEquals("dbmirror: error: no database given; pass --url jdbc:postgresql://host:5432/dbname,"
                + " or set PGHOST and PGDATABASE (or PGSERVICE) as for psql\n", nothing.err());

        Cli.Result unknown = pull(env("PGSERVICE", "nope"), "tables.json");
        assertEquals(1, unknown.exitCode(), unknown::toString);
        assertEquals("dbmirror: error: service nope (PGSERVICE) is not defined in " + dir.resolve(".pg_service.conf")
                + "; add a [nope] section there or unset PGSERVICE\n", unknown.err());

        Cli.Result socket = pull(env("PGHOST", "/var/run/postgresql"), "tables.json");
        assertEquals("dbmirror: error: PGHOST names the socket folder /var/run/postgresql, but dbmirror connects over TCP;"
                + " set PGHOST to a host name, e.g. localhost\n", socket.err());
    }
}
