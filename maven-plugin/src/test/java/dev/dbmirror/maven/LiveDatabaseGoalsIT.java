package dev.dbmirror.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The goals {@code pull} and {@code verify} in real Maven builds against an embedded PostgreSQL whose role
 * {@code app} must give its password, which the builds get from {@code DBMIRROR_PASSWORD} only. Each test has a
 * database of its own; the project's POM is the plugin plus the drift profile of docs/maven-plugin.md, taken from
 * the page.
 */
class LiveDatabaseGoalsIT {

    private static final String PASSWORD = "goals-secret-4711";
    private static final String PAGE_SERVER = "localhost:5432";
    private static final String MIRROR = "db/schema/tables.json";
    private static final Pattern SNIPPET = Pattern.compile("## Drift check in CI.*?```xml\\n(.*?)\\n```", Pattern.DOTALL);
    private static final String SCHEMA = """
            CREATE TYPE status AS ENUM ('new', 'paid');
            CREATE TABLE customers (id uuid PRIMARY KEY, email text NOT NULL UNIQUE, name text NOT NULL);
            CREATE TABLE invoices (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                customer_id uuid NOT NULL REFERENCES customers (id),
                total numeric(12,2) NOT NULL,
                status status NOT NULL DEFAULT 'new');
            """;

    private static EmbeddedPostgres postgres;
    private static int databases;

    @BeforeAll
    static void startPostgres() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().setDataDirectoryCustomizer(LiveDatabaseGoalsIT::passwordForApp).start();
        superuser("postgres", "CREATE ROLE app LOGIN PASSWORD '" + PASSWORD + "'");
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void pullWritesTheMirrorTheCommandLineWrites() throws Exception {
        String database = newDatabase();
        Path project = project("pull");
        InnerMaven maven = maven(project);
        String url = url(database);

        // a list parameter from a user property: both globs apply, or there would be fewer relations
        String output = maven.run("dbmirror:pull", "-Ddbmirror.url=" + url, "-Ddbmirror.user=app",
                "-Ddbmirror.includes=cust*,invoices");

        assertContains(output, "[INFO] wrote " + MIRROR + ": 2 relations, 1 enum, 0 domains");
        Path cliMirror = project.resolveSibling("cli.json");
        commandLine(project, "pull", "--url", url, "--user", "app", "--mirror", cliMirror.toString());
        assertArrayEquals(Files.readAllBytes(cliMirror), Files.readAllBytes(project.resolve(MIRROR)),
                "mvn dbmirror:pull and dbmirror pull write the same bytes");

        String again = maven.run("dbmirror:pull", "-Ddbmirror.url=" + url, "-Ddbmirror.user=app");
        assertContains(again, "[INFO] unchanged " + MIRROR + ": 2 relations, 1 enum, 0 domains");
        assertFalse(output.contains(PASSWORD) || again.contains(PASSWORD), "the password is in no output");
    }

    @Test
    void theDocumentedDriftProfilePassesInSyncAndFailsWithTheDriftReport() throws Exception {
        String database = newDatabase();
        Path project = project("drift");
        InnerMaven maven = maven(project);
        Path cliMirror = project.resolve(MIRROR);
        Files.createDirectories(cliMirror.getParent());
        commandLine(project, "pull", "--url", url(database), "--user", "app", "--mirror", cliMirror.toString());
        Files.writeString(project.resolve("pom.xml"), Files.readString(project.resolve("pom.xml"), StandardCharsets.UTF_8)
                .replace(PAGE_SERVER + "/shop", "localhost:" + postgres.getPort() + "/" + database), StandardCharsets.UTF_8);

        String inSync = maven.run("verify", "-Pdrift");
        assertContains(inSync, "[INFO] " + MIRROR + " is in sync with the database");

        superuser(database, "ALTER TABLE customers ADD COLUMN phone text", "ALTER TABLE invoices DROP COLUMN status");
        String drift = maven.fail("verify", "-Pdrift");

        String report = commandLine(project, "verify", "--url", url(database), "--user", "app");
        assertEquals("""
                drift: the database differs from db/schema/tables.json (run `dbmirror pull` to update it):
                ~ public.customers
                  + column phone text null
                ~ public.invoices
                  - column status public.status not null default 'new'::status
                """, report);
        assertContains(drift, "[ERROR] Failed to execute goal dev.dbmirror:dbmirror-maven-plugin:"
                + System.getProperty("dbmirror.it.version") + ":verify (drift) on project shop: "
                + (report + "From Maven: mvn dbmirror:pull updates the mirror.\n-> [Help 1]\n").replace("\n", "\n[ERROR] "));
        assertFalse(inSync.contains(PASSWORD) || drift.contains(PASSWORD), "the password is in no output");
    }

    @Test
    void anEnvironmentOfTheProjectGivesTheConnection() throws Exception {
        String database = newDatabase();
        Path project = project("environment");
        Path environments = project.resolve("db/config/db-environments.json");
        Files.createDirectories(environments.getParent());
        Files.writeString(environments, """
                {
                  "format": 1,
                  "environments": [
                    {
                      "id": "ci",
                      "url": "jdbc:postgresql://localhost:${CI_DB_PORT}/DATABASE",
                      "user": "app",
                      "passwordEnv": "CI_DB_PASSWORD",
                      "permissions": ["directQueries"]
                    }
                  ]
                }
                """.replace("DATABASE", database), StandardCharsets.UTF_8);
        InnerMaven maven = new InnerMaven(project, project.getParent(),
                Map.of("CI_DB_PORT", Integer.toString(postgres.getPort()), "CI_DB_PASSWORD", PASSWORD));

        String output = maven.run("dbmirror:pull", "-Ddbmirror.env=ci");

        assertContains(output, "[INFO] wrote " + MIRROR + ": 2 relations, 1 enum, 0 domains");
        assertFalse(output.contains(PASSWORD), "the password is in no output");
    }

    @Test
    void noDatabaseGivenIsTheCommandLinesOneLineWithTheParameterToSet() throws Exception {
        Path project = project("no-database");

        String output = maven(project).fail("dbmirror:pull");

        assertContains(output, "pull (default-cli) on project shop: dbmirror: error: no database given; pass --url"
                + " jdbc:postgresql://host:5432/dbname, or set PGHOST and PGDATABASE (or PGSERVICE) as for psql\n"
                + "[ERROR] In this goal --url is <url> (-Ddbmirror.url).\n[ERROR] -> [Help 1]\n");
        assertFalse(Files.exists(project.resolve(MIRROR)), "no mirror was written");
        assertFalse(output.lines().anyMatch(line -> line.matches("\\s+at .*|.*(Caused by|Exception:).*")), "no stack trace:\n" + output);
    }

    @Test
    void anUnknownHostIsNamedAndMavensDebugOutputAddsTheCause() throws Exception {
        Path project = project("unknown-host");
        InnerMaven maven = maven(project);
        String[] pull = {"dbmirror:pull", "-Ddbmirror.url=jdbc:postgresql://no-such-host.invalid:5432/shop", "-Ddbmirror.user=app"};
        String line = "on project shop: dbmirror: error: cannot connect to the database: unknown host no-such-host.invalid;"
                + " check the host name in --url (or in PGHOST or the service file)\n"
                + "[ERROR] In this goal --url is <url> (-Ddbmirror.url).\n";

        String plain = maven.fail(pull);
        assertContains(plain, line);
        assertFalse(plain.contains("UnknownHostException"), plain);

        String debug = maven.fail(Stream.concat(Stream.of("-X"), Stream.of(pull)).toArray(String[]::new));
        assertContains(debug, line.replace("\n[ERROR] In", "\n[ERROR] org.postgresql.util.PSQLException SQLState 08001"
                + "\n[ERROR] caused by java.net.UnknownHostException: no-such-host.invalid\n[ERROR] In"));
    }

    @Test
    void aPasswordInThePomFailsTheGoalBeforeItConnects() throws Exception {
        Path project = project("password");
        Path pom = project.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom, StandardCharsets.UTF_8)
                .replace("<user>app</user>", "<user>app</user>\n<password>" + PASSWORD + "</password>"), StandardCharsets.UTF_8);

        String output = maven(project).fail("verify", "-Pdrift", "-Ddbmirror.password=" + PASSWORD);

        assertContains(output, "verify (drift) on project shop: dbmirror: a password is never taken from the build, but there is"
                + " a <password> in the configuration of dbmirror-maven-plugin and a property dbmirror.password;"
                + " dbmirror reads the password only from the environment: remove it and set DBMIRROR_PASSWORD or PGPASSWORD"
                + " (a secret of the CI system), or put it in ~/.pgpass -> [Help 1]\n");
        assertFalse(output.contains(PASSWORD), "the password is in no output:\n" + output);
    }

    /** A project of nothing but the plugin and the page's profile, written as the test's own folder. */
    private static Path project(String name) throws IOException {
        Path project = ItProjects.empty(name);
        Files.writeString(project.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.acme</groupId>
                  <artifactId>shop</artifactId>
                  <version>1.0</version>
                  <packaging>pom</packaging>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>dev.dbmirror</groupId>
                        <artifactId>dbmirror-maven-plugin</artifactId>
                        <version>${dbmirror.version}</version>
                      </plugin>
                    </plugins>
                  </build>
                SNIPPET
                </project>
                """.replace("SNIPPET", documentedSnippet()), StandardCharsets.UTF_8);
        return project;
    }

    private static String documentedSnippet() throws IOException {
        String page = Files.readString(Path.of(System.getProperty("dbmirror.it.docs"), "maven-plugin.md"), StandardCharsets.UTF_8);
        Matcher snippet = SNIPPET.matcher(page);
        assertTrue(snippet.find(), "docs/maven-plugin.md has a Maven snippet under \"Drift check in CI\"");
        assertTrue(snippet.group(1).contains(PAGE_SERVER + "/shop"), "the snippet's URL is the one the test replaces");
        return snippet.group(1);
    }

    private static InnerMaven maven(Path project) {
        return new InnerMaven(project, project.getParent(), Map.of("DBMIRROR_PASSWORD", PASSWORD));
    }

    /** Runs the command line's jar, as a user would, with the password in the environment; returns its standard output. */
    private static String commandLine(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("dbmirror.it.cli")));
        command.addAll(List.of(arguments));
        Path err = directory.resolveSibling("cli-err.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectError(err.toFile());
        builder.environment().remove("PGPASSWORD");
        builder.environment().put("DBMIRROR_PASSWORD", PASSWORD);
        Process cli = builder.start();
        String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(cli.waitFor(1, TimeUnit.MINUTES), "dbmirror " + arguments[0] + " finished");
        assertTrue(cli.exitValue() != 1, () -> "dbmirror " + String.join(" ", arguments) + ": " + read(err));
        return out;
    }

    private static String newDatabase() throws SQLException {
        String name = "shop_" + ++databases;
        superuser("postgres", "CREATE DATABASE " + name + " OWNER app");
        try (Connection c = postgres.getDatabase("app", name).getConnection("app", PASSWORD); Statement s = c.createStatement()) {
            s.execute(SCHEMA);
        }
        return name;
    }

    private static void superuser(String database, String... statements) throws SQLException {
        try (Connection c = postgres.getDatabase("postgres", database).getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private static String url(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    /** Role {@code app} logs in with its password (scram) over TCP; the rest of the server's file stays as it is. */
    private static void passwordForApp(File dataDirectory) {
        Path hba = dataDirectory.toPath().resolve("pg_hba.conf");
        try {
            Files.writeString(hba, "host all app 127.0.0.1/32 scram-sha-256\nhost all app ::1/128 scram-sha-256\n"
                    + Files.readString(hba, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "expected \"" + expected + "\" in:\n" + text);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
