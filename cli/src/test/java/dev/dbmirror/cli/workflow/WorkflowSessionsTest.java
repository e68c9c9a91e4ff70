package dev.dbmirror.cli.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbmirror.cli.support.Cli;
import dev.dbmirror.cli.support.PostgresServer;
import dev.dbmirror.cli.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two example sessions of docs/cli.md, run as they are written: each {@code $ dbmirror …} line
 * through the CLI, its output compared with the lines the page shows under it. The other lines stand
 * for what a person does: {@code export} sets variables ({@code DEV_DB_NAME} becomes the test's
 * database, and the URL template's port the test server's), {@code psql -c} runs its SQL,
 * {@code flyway … migrate} applies the migrations with Flyway's API, {@code cat} shows a file;
 * {@code ./mvnw compile} is left to the acceptance tests, which build with real Maven. The test runs in a
 * folder of its own, so paths under it are shown relative to it, as in the page.
 */
class WorkflowSessionsTest {

    private static final Path PAGE = Path.of("../docs/cli.md");
    private static final Pattern MIGRATION_VERSION = Pattern.compile("V\\d{14}__");
    private static final String USER = "app";
    private static final String PASSWORD = "app-secret";

    @TempDir
    Path project;

    private TestDatabase db;
    private final Map<String, String> variables = new HashMap<>();
    private String documentedVersion;

    @BeforeAll
    static void role() {
        PostgresServer.createDatabase().sql("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + USER + "')"
                + " THEN CREATE ROLE " + USER + " LOGIN SUPERUSER PASSWORD '" + PASSWORD + "'; END IF; END $$");
    }

    @Test
    void theRepositoryModeSession() throws IOException {
        List<Step> session = session("### Repository mode: a session");
        run(session);
        // the page's other examples of this migration (under `migration`) print what the session printed
        String written = session.stream().filter(step -> step.command().startsWith("dbmirror migration --name add-user-roles"))
                .findFirst().orElseThrow().expected().strip();
        for (String line : Files.readAllLines(PAGE)) {
            if (line.startsWith(written.substring(0, written.indexOf(':')))) {
                assertEquals(written, line);
            }
        }
    }

    @Test
    void theDatabaseModeSession() throws IOException {
        run(session("### Database mode: a session"));
    }

    /** The first {@code console} block after the heading: commands with the output shown under each. */
    private static List<Step> session(String heading) throws IOException {
        List<String> lines = Files.readAllLines(PAGE);
        int at = lines.indexOf(heading);
        assertTrue(at >= 0, heading);
        while (!lines.get(at).equals("```console")) {
            at++;
        }
        List<Step> steps = new ArrayList<>();
        for (at++; !lines.get(at).equals("```"); at++) {
            String line = lines.get(at);
            if (line.startsWith("$ ")) {
                steps.add(new Step(line.substring(2), new ArrayList<>()));
            } else {
                steps.get(steps.size() - 1).output().add(line);
            }
        }
        return steps;
    }

    private record Step(String command, List<String> output) {

        String expected() {
            return output.isEmpty() ? "" : String.join("\n", output) + "\n";
        }
    }

    private void run(List<Step> steps) throws IOException {
        db = PostgresServer.createDatabase();
        for (Step step : steps) {
            List<String> words = words(step.command());
            switch (words.get(0)) {
                case "dbmirror" -> dbmirror(words.subList(1, words.size()), step);
                case "export" -> words.subList(1, words.size()).forEach(this::export);
                case "psql" -> db.sql(words.get(2));
                case "flyway" -> Flyway.migrate(db.superuser(), project.resolve("db/migrations"));
                case "cat" -> assertEquals(step.expected(), Files.readString(project.resolve(actualName(words.get(1))))
                        .replace(project + "/", ""), step.command());
                case "./mvnw" -> assertEquals(List.of("./mvnw", "compile"), words);
                default -> throw new AssertionError("the test does not know how to run: " + step.command());
            }
        }
    }

    private void dbmirror(List<String> args, Step step) throws IOException {
        Cli.Result result = Cli.with(project).in(project).env(variables).run(args.toArray(String[]::new));
        String expected = step.expected();
        int exitCode = expected.startsWith("drift:") || expected.startsWith("the database lacks") ? 2 : 0;
        assertEquals(exitCode, result.exitCode(), step.command() + "\n" + result);
        assertEquals("", result.err(), step.command());
        String out = result.out().replace(project + "/", "");
        Matcher version = MIGRATION_VERSION.matcher(expected);
        if (version.find()) {
            documentedVersion = version.group();
            out = MIGRATION_VERSION.matcher(out).replaceAll(documentedVersion);
        }
        assertEquals(expected, out, step.command());
        if (args.get(0).equals("init")) {
            // the example's URL template names the usual port; the test's server listens elsewhere
            Path environments = project.resolve("db/config/db-environments.json");
            Files.writeString(environments, Files.readString(environments).replace(":5432/", ":" + PostgresServer.port() + "/"));
        }
    }

    private void export(String assignment) {
        int equals = assignment.indexOf('=');
        String name = assignment.substring(0, equals);
        variables.put(name, name.equals("DEV_DB_NAME") ? db.name() : assignment.substring(equals + 1));
    }

    /** The migration the page names by the version it shows, under the version it got. */
    private Path actualName(String documented) throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("db/migrations"))) {
            String wanted = Path.of(documented).getFileName().toString().replace(documentedVersion, "");
            return files.filter(f -> MIGRATION_VERSION.matcher(f.getFileName().toString()).replaceAll("").equals(wanted))
                    .findFirst().orElseThrow(() -> new AssertionError("no migration like " + documented));
        }
    }

    /** A command line split as a shell would: blanks separate, double quotes group. */
    private static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : command.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }
}
