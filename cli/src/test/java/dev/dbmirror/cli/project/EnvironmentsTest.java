package dev.dbmirror.cli.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbmirror.cli.support.Cli;
import dev.dbmirror.cli.support.PostgresServer;
import dev.dbmirror.cli.support.TestDatabase;
import dev.dbmirror.schema.io.Mirrors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --env ID}: the URL and user templates of db/config/db-environments.json filled from
 * environment variables, the password from the variable it names, the permissions checked; every
 * mistake is one line, exit 1, with the mirror untouched and no secret shown.
 */
class EnvironmentsTest {

    private static final String USER = "env_reader";
    private static final String SECRET = "c0rrect-h0rse-battery";

    private static TestDatabase db;

    @TempDir
    Path dir;

    private Path mirror;
    private Path environments;

    @BeforeAll
    static void database() {
        db = PostgresServer.createDatabase();
        db.sql("CREATE ROLE " + USER + " LOGIN PASSWORD '" + SECRET + "'",
                "CREATE TABLE public.accounts (id integer PRIMARY KEY)",
                "CREATE TABLE public.scratch_notes (id integer PRIMARY KEY)",
                "GRANT SELECT ON public.accounts, public.scratch_notes TO " + USER);
    }

    @BeforeEach
    void project() throws Exception {
        assertEquals(0, Cli.with(dir).in(dir).run("init").exitCode());
        mirror = dir.resolve("db/schema/tables.json");
        environments = dir.resolve("db/config/db-environments.json");
        Files.writeString(dir.resolve("db/config/dbmirror.json"), "{\"mode\": \"database\", \"exclude\": [\"scratch_*\"]}\n");
        Files.writeString(environments, """
                {
                  "format": 1,
                  "environments": [
                    {
                      "id": "dev",
                      "description": "The test server",
                      "url": "jdbc:postgresql://${T_HOST}:${T_PORT}/${T_DB}",
                      "user": "${T_USER}",
                      "passwordEnv": "T_PASSWORD",
                      "permissions": ["migrations", "directQueries"]
                    },
                    {
                      "id": "ci",
                      "url": "jdbc:postgresql://localhost:${T_PORT}/${T_DB}?user=env_reader",
                      "permissions": ["migrations"]
                    }
                  ]
                }
                """);
    }

    private Map<String, String> variables() {
        Map<String, String> variables = new HashMap<>();
        variables.put("T_HOST", "localhost");
        variables.put("T_PORT", Integer.toString(PostgresServer.port()));
        variables.put("T_DB", db.name());
        variables.put("T_USER", USER);
        variables.put("T_PASSWORD", SECRET);
        return variables;
    }

    private Cli.Result run(Map<String, String> variables, String... args) {
        return Cli.with(dir).in(dir).env(variables).run(args);
    }

    /** A failure: exit 1, one line naming what to do, no secret, and the mirror as it was. */
    private void assertFails(String expected, Map<String, String> variables, String... args) throws Exception {
        byte[] before = Files.readAllBytes(mirror);
        Cli.Result result = run(variables, args);
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("", result.out());
        assertEquals("dbmirror: error: " + expected + "\n", result.err());
        assertFalse(result.err().contains(SECRET));
        assertArrayEquals(before, Files.readAllBytes(mirror));
    }

    @Test
    void pullAndVerifyConnectThroughAnEnvironment() throws Exception {
        Cli.Result pull = run(variables(), "pull", "--env", "dev");

        assertEquals(0, pull.exitCode(), pull::toString);
        assertEquals(1, Mirrors.load(mirror).tables().size(), "scratch_notes is excluded by the settings");
        assertEquals("public.accounts", Mirrors.load(mirror).tables().get(0).qualifiedName());
        assertFalse(Files.readString(mirror).contains(SECRET));
        assertFalse(pull.out().contains(SECRET) || pull.err().contains(SECRET));

        Cli.Result verify = run(variables(), "verify", "--env", "dev");
        assertEquals(0, verify.exitCode(), verify::toString);
    }

    @Test
    void anUnknownEnvironmentIsNamedWithTheKnownOnes() throws Exception {
        assertFails("unknown environment \"dve\" (did you mean \"dev\"?); " + environments + " has dev, ci",
                variables(), "pull", "--env", "dve");
    }

    @Test
    void aMissingVariableOfATemplateIsNamed() throws Exception {
        Map<String, String> variables = variables();
        variables.remove("T_HOST");
        assertFails("environment dev: T_HOST is not set; export it (the url of dev in " + environments + " uses ${T_HOST})",
                variables, "pull", "--env", "dev");
        variables = variables();
        variables.remove("T_PASSWORD");
        assertFails("environment dev: T_PASSWORD is not set; export it (the \"passwordEnv\" of dev in " + environments
                + " names it as the variable holding the password)", variables, "verify", "--env", "dev");
    }

    /** The password came from the environment's variable: that is the one to correct, not DBMIRROR_PASSWORD. */
    @Test
    void aWrongPasswordNamesTheVariableItWasReadFrom() throws Exception {
        Map<String, String> variables = variables();
        variables.put("T_PASSWORD", "not-" + SECRET);
        variables.put("DBMIRROR_PASSWORD", SECRET);
        assertFails("environment dev: authentication failed for user " + USER + "; check the password in T_PASSWORD, where it"
                + " was read from"
                + " (FATAL: password authentication failed for user \"" + USER + "\")", variables, "verify", "--env", "dev");
    }

    /** The URL came from the environments file (a template's port, say): the line says so. */
    @Test
    void aFailedConnectionNamesTheEnvironment() throws Exception {
        Map<String, String> variables = variables();
        variables.put("T_PORT", "1");
        assertFails("environment dev: cannot connect to the database: Connection to localhost:1 refused. Check that the hostname"
                + " and port are correct and that the postmaster is accepting TCP/IP connections.", variables, "verify", "--env", "dev");
    }

    @Test
    void aPermissionTheEnvironmentLacksIsRefused() throws Exception {
        assertFails("environment ci does not allow direct queries (its permissions: migrations); pull, verify and status"
                + " need \"directQueries\" in its permissions in " + environments, variables(), "status", "--env", "ci");
    }

    /** migration needs "migrations": ci has it (and finds the database lacks nothing), dev without it is refused. */
    @Test
    void migrationNeedsTheMigrationsPermission() throws Exception {
        assertEquals(0, run(variables(), "pull", "--env", "dev").exitCode());
        Files.writeString(dir.resolve("db/config/dbmirror.json"), "{\"mode\": \"repository\", \"exclude\": [\"scratch_*\"]}\n");
        Map<String, String> variables = variables();
        variables.put("PGPASSWORD", SECRET);
        Cli.Result allowed = run(variables, "migration", "--name", "nothing", "--env", "ci");
        assertEquals(0, allowed.exitCode(), allowed::toString);
        assertTrue(allowed.out().startsWith("no difference: "), allowed::toString);

        Files.writeString(environments, Files.readString(environments).replace("\"permissions\": [\"migrations\", \"directQueries\"]",
                "\"permissions\": [\"directQueries\"]"));
        assertFails("environment dev does not allow migrations (its permissions: directQueries); migration needs \"migrations\""
                + " in its permissions in " + environments, variables(), "migration", "--name", "x", "--env", "dev");
    }

    @Test
    void aTemplateThatHoldsAPasswordIsAnError() throws Exception {
        Files.writeString(environments, Files.readString(environments).replace("?user=env_reader", "?user=env_reader&password=hunter2"));
        assertFails(environments + ":14:14: environments[1].url: the URL template holds a password; remove it, and name"
                + " the environment variable that holds it in \"passwordEnv\"", variables(), "pull", "--env", "dev");
    }

    @Test
    void aPasswordFieldIsRefused() throws Exception {
        Files.writeString(environments, Files.readString(environments).replace("\"permissions\": [\"migrations\"]",
                "\"password\": \"hunter2\""));
        assertFails(environments + ":15:19: environments[1].password: a password never goes into this file; name the"
                + " environment variable that holds it in \"passwordEnv\"", variables(), "pull", "--env", "dev");
    }

    @Test
    void envTakesThePlaceOfUrlAndUser() throws Exception {
        assertFails("--env dev names the database, the user and the password variable; drop --url, --user and"
                + " --password-env, or drop --env", variables(), "pull", "--env", "dev", "--url", db.url());
    }

    @Test
    void withoutAnEnvironmentsFileTheErrorSaysHowToMakeOne() throws Exception {
        Files.delete(environments);
        assertFails("--env dev: there is no " + environments + "; run `dbmirror init` to create one with a dev"
                + " environment, or connect with --url", variables(), "pull", "--env", "dev");
    }

    @Test
    void theHelpOfEveryConnectingCommandOffersEnv() {
        for (String command : new String[] {"pull", "verify", "status"}) {
            Cli.Result help = run(Map.of(), command, "--help");
            assertTrue(help.out().contains("--env=ID"), command);
        }
    }
}
