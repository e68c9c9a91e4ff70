package dev.dbmirror.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbmirror.cli.support.Cli;
import dev.dbmirror.cli.support.PostgresServer;
import dev.dbmirror.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The messages a new user meets first, word for word: each says what is wrong and what to do. */
class MessagesTest {

    private static final String ROLE = "messages_reader";

    private static TestDatabase db;

    @TempDir
    Path dir;

    @BeforeAll
    static void database() {
        db = PostgresServer.createDatabase();
        db.sql("CREATE ROLE " + ROLE + " LOGIN PASSWORD 'messages-pw'", "CREATE TABLE public.notes (id integer PRIMARY KEY)");
    }

    @Test
    void anUnknownHostIsNamedAndTheCauseFollowsOnlyWithVerbose() {
        String url = "jdbc:postgresql://no-such-host.invalid/shop";
        Cli.Result plain = Cli.with(dir).run("pull", "--url", url, "--user", "app");
        assertEquals(1, plain.exitCode(), plain::toString);
        assertEquals("dbmirror: error: cannot connect to the database: unknown host no-such-host.invalid;"
                + " check the host name in --url (or in PGHOST or the service file)\n", plain.err());

        Cli.Result verbose = Cli.with(dir).run("pull", "--url", url, "--user", "app", "--verbose");
        assertEquals(plain.err() + "org.postgresql.util.PSQLException SQLState 08001\n"
                + "caused by java.net.UnknownHostException: no-such-host.invalid\n", verbose.err());
    }

    @Test
    void noPasswordFoundSaysWhereOneIsLookedFor() {
        Cli.Result result = Cli.with(dir).run("pull", "--url", db.url(), "--user", ROLE);
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("dbmirror: error: the server wants a password for user " + ROLE + ", and none was found;"
                + " set DBMIRROR_PASSWORD or PGPASSWORD (or the variable that --password-env or an environment's \"passwordEnv\""
                + " names), or add a line for this database to ~/.pgpass\n",
                result.err());
    }

    @Test
    void aMistypedShortOptionGetsTheLongOptionsThatStartAlike() {
        Cli.Result result = Cli.with(dir).run("pull", "-u", "app");
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("""
                dbmirror: unknown option -u for dbmirror pull
                Did you mean --url or --user?
                Run `dbmirror pull --help` for usage.
                """, result.err());
    }

    /** As git finds .git: a command run in a subfolder of the project uses the project's mirror. */
    @Test
    void theMirrorIsLookedForUpwardAndTheErrorSaysWhere() throws Exception {
        Path project = dir.resolve("project");
        Path deep = Files.createDirectories(project.resolve("src/main/java"));
        Cli.Result first = Cli.with(dir).in(project).run("pull", "--url", db.url(), "--user", PostgresServer.SUPERUSER);
        assertEquals(0, first.exitCode(), first::toString);
        Path mirror = project.resolve("db/schema/tables.json");
        assertEquals("wrote " + mirror + ": 1 relation, 0 enums, 0 domains\n", first.out());

        Cli.Result again = Cli.with(dir).in(deep).run("pull", "--url", db.url(), "--user", PostgresServer.SUPERUSER);
        assertEquals("unchanged " + mirror + ": 1 relation, 0 enums, 0 domains\n", again.out());
        Cli.Result verify = Cli.with(dir).in(deep).run("verify", "--url", db.url(), "--user", PostgresServer.SUPERUSER);
        assertEquals(0, verify.exitCode(), verify::toString);
        assertEquals(mirror + " is in sync with the database\n", verify.out());

        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Cli.Result lost = Cli.with(dir).in(elsewhere).run("verify", "--url", db.url(), "--user", PostgresServer.SUPERUSER);
        assertEquals(1, lost.exitCode(), lost::toString);
        assertEquals("dbmirror: error: no db/schema/tables.json in " + elsewhere + " or any folder above it;"
                + " run `dbmirror pull` in the project's root folder to create it, or pass --mirror FILE\n", lost.err());
    }

    /**
     * The two-module layout of adapters.md keeps the mirror in the domain module: run from the reactor's root, a command
     * names that mirror instead of creating a second one there or advising to.
     */
    @Test
    void aMirrorOfAModuleIsNamedFromTheProjectsRoot() throws Exception {
        Path root = dir.resolve("shop");
        Path domain = Files.createDirectories(root.resolve("domain"));
        Cli.Result first = Cli.with(dir).in(domain).run("pull", "--url", db.url(), "--user", PostgresServer.SUPERUSER);
        assertEquals(0, first.exitCode(), first::toString);

        Cli.Result pull = Cli.with(dir).in(root).run("pull", "--url", db.url(), "--user", PostgresServer.SUPERUSER);
        assertEquals(1, pull.exitCode(), pull::toString);
        assertEquals("dbmirror: error: no db/schema/tables.json in " + root + " or any folder above it, but the module folder"
                + " domain has one; run the command in domain, or pass --mirror domain/db/schema/tables.json (or --mirror"
                + " db/schema/tables.json for a new mirror here)\n", pull.err());
        assertFalse(Files.exists(root.resolve("db")), "no second mirror");

        Cli.Result verify = Cli.with(dir).in(root).run("verify", "--url", db.url(), "--user", PostgresServer.SUPERUSER);
        assertEquals(1, verify.exitCode(), verify::toString);
        assertEquals(pull.err(), verify.err());
    }

    @Test
    void everyCommandTakesTheSameOutputOptions() throws Exception {
        for (String command : List.of("pull", "verify", "status", "diff", "import-prisma", "docs", "context")) {
            String help = Cli.with(dir).run(command, "--help").out();
            for (String option : List.of("--format=text|json", "-q, --quiet", "--verbose")) {
                assertTrue(help.contains(option), command + " --help lacks " + option + ":\n" + help);
            }
        }
        Path mirror = dir.resolve("tables.json");
        Cli.Result pull = Cli.with(dir).run("pull", "--url", db.url(), "--user", PostgresServer.SUPERUSER, "--mirror",
                mirror.toString(), "--format", "json");
        assertEquals("{\"mirror\":\"" + mirror + "\",\"written\":true,\"relations\":1,\"enums\":0,\"domains\":0}\n", pull.out());

        Cli.Result status = Cli.with(dir).env(Map.of()).run("status", "--url", db.url(), "--user", PostgresServer.SUPERUSER,
                "--mirror", mirror.toString(), "--format", "json");
        assertEquals(0, status.exitCode(), status::toString);
        assertTrue(status.out().startsWith("{\n  \"changes\": [],") && status.out().contains("\"unchanged\": [\n      \"public.notes\""),
                status::toString);

        Cli.Result diff = Cli.with(dir).run("diff", "--quiet", "--verbose", mirror.toString(), mirror.toString());
        assertEquals(0, diff.exitCode(), diff::toString);
    }
}
