package dev.dbmirror.cli.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbmirror.cli.support.Cli;
import dev.dbmirror.schema.io.Mirrors;
import dev.dbmirror.schema.model.Mirror;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init creates the project's db/ folder once, keeps whatever is there, and says which file it created or kept. */
class InitCommandTest {

    private static final List<String> FILES = List.of("db/schema/tables.json", "db/config/dbmirror.json",
            "db/config/db-environments.json", "db/AGENTS.md");

    @TempDir
    Path dir;

    private Cli.Result init(String... more) {
        return Cli.with(dir).in(dir).run(Stream.concat(Stream.of("init"), Stream.of(more)).toArray(String[]::new));
    }

    @Test
    void createsTheProjectFilesAndAnEmptyMirror() throws Exception {
        Cli.Result result = init("--mode", "repository");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("""
                created db/schema/tables.json
                created db/config/dbmirror.json
                created db/config/db-environments.json
                created db/AGENTS.md
                created db/migrations/
                """, result.out());
        assertEquals("", result.err());
        assertTrue(Files.isDirectory(dir.resolve("db/migrations")));
        Mirror mirror = Mirrors.load(dir.resolve("db/schema/tables.json"));
        assertTrue(mirror.tables().isEmpty());
        assertEquals("postgresql", mirror.source().dialect());
        assertEquals(List.of("public"), mirror.source().schemas());
        Settings settings = Settings.of(new Project(dir));
        assertEquals(Mode.REPOSITORY, settings.mode());
        assertEquals(List.of(), settings.excludes());
        String agents = Files.readString(dir.resolve("db/AGENTS.md"));
        assertTrue(agents.contains("Never connect to a database yourself"), agents);
        assertTrue(agents.contains("never ask for or handle credentials"), agents);
    }

    @Test
    void aSecondRunKeepsEveryFileByteForByte() throws Exception {
        assertEquals(0, init().exitCode());
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        for (String file : FILES) {
            Files.setLastModifiedTime(dir.resolve(file), old);
        }
        Files.writeString(dir.resolve("db/AGENTS.md"), "our own guide\n");

        Cli.Result again = init();

        assertEquals(0, again.exitCode(), again::toString);
        assertEquals("""
                kept db/schema/tables.json (it exists)
                kept db/config/dbmirror.json (it exists)
                kept db/config/db-environments.json (it exists)
                kept db/AGENTS.md (it exists)
                kept db/migrations/ (it exists)
                """, again.out());
        assertEquals("our own guide\n", Files.readString(dir.resolve("db/AGENTS.md")));
        for (String file : FILES.subList(0, 3)) {
            assertEquals(old, Files.getLastModifiedTime(dir.resolve(file)), file);
        }
    }

    @Test
    void createsOnlyWhatIsMissingAndSaysWhichModeApplies() throws Exception {
        Files.createDirectories(dir.resolve("db/config"));
        Files.writeString(dir.resolve("db/config/dbmirror.json"), "{\"mode\": \"database\"}\n");

        Cli.Result result = init("--mode", "repository", "--format", "json");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("{\"created\":[\"db/schema/tables.json\",\"db/config/db-environments.json\",\"db/AGENTS.md\","
                + "\"db/migrations/\"],\"kept\":[\"db/config/dbmirror.json\"],\"mode\":\"database\"}\n", result.out());
        assertEquals("{\"mode\": \"database\"}\n", Files.readString(dir.resolve("db/config/dbmirror.json")));

        Cli.Result text = init("--mode", "repository");
        assertTrue(text.out().endsWith("note: db/config/dbmirror.json keeps mode database; edit its \"mode\" to change it\n"),
                text::toString);
    }

    @Test
    void aFileWhereTheDbFolderGoesIsAnErrorAndNothingIsCreated() throws Exception {
        Files.writeString(dir.resolve("db"), "not a folder");

        Cli.Result result = init();

        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("", result.out());
        assertEquals("dbmirror: error: cannot write " + dir.resolve("db") + ": " + dir.resolve("db")
                + " is a file, not a folder; no file was changed\n", result.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("db")), files.toList());
        }
    }

    @Test
    void anUnknownModeIsAUsageError() {
        Cli.Result result = init("--mode", "repo");

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("dbmirror: Invalid value for option '--mode': unknown mode 'repo'; use database or repository"),
                result::toString);
        assertFalse(Files.exists(dir.resolve("db")));
    }

    @Test
    void aBrokenSettingsFileIsReportedWithItsPosition() throws Exception {
        Files.createDirectories(dir.resolve("db/config"));
        Files.writeString(dir.resolve("db/config/dbmirror.json"), "{\n  \"mode\": \"repositry\"\n}\n");

        Cli.Result result = init();

        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("dbmirror: error: " + dir.resolve("db/config/dbmirror.json") + ":2:11: mode: unknown mode \"repositry\""
                + " (did you mean \"repository\"?);"
                + " use \"database\" (the database is the source of truth) or \"repository\" (the mirror is)\n", result.err());
    }
}
