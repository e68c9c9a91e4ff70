package dev.dbmirror.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbmirror.cli.support.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The help users read, as golden files: the program's and that of a command with options and one
 * with arguments; and the version, which is the build's.
 */
class HelpTextTest {

    @TempDir
    Path home;

    @Test
    void programHelp() throws IOException {
        assertHelp("dbmirror.txt", "--help");
    }

    @Test
    void pullHelp() throws IOException {
        assertHelp("pull.txt", "pull", "--help");
    }

    @Test
    void diffHelp() throws IOException {
        assertHelp("diff.txt", "diff", "-h");
    }

    @Test
    void docsAndContextHelp() throws IOException {
        assertHelp("docs.txt", "docs", "--help");
        assertHelp("context.txt", "context", "--help");
    }

    /** The version of the artifacts, as the build passes it to the tests; never one written in the code. */
    @Test
    void everyCommandPrintsTheVersionOfTheArtifacts() {
        String version = System.getProperty("dbmirror.version");
        assertTrue(version != null && !version.isBlank() && !version.contains("$"), version);
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"pull", "-V"},
                new String[] {"diff", "--version"}, new String[] {"generate-completion", "-V"})) {
            Cli.Result result = Cli.with(home).run(args);
            assertEquals(0, result.exitCode(), result::toString);
            assertEquals("dbmirror " + version + "\n", result.out(), String.join(" ", args));
        }
    }

    @Test
    void initListAddTableAndMigrationHelp() throws IOException {
        assertHelp("init.txt", "init", "--help");
        assertHelp("list.txt", "list", "--help");
        assertHelp("add-table.txt", "add-table", "--help");
        assertHelp("migration.txt", "migration", "--help");
    }

    @Test
    void importPrismaHelp() throws IOException {
        assertHelp("import-prisma.txt", "import-prisma", "--help");
    }

    private void assertHelp(String golden, String... args) throws IOException {
        Cli.Result help = Cli.with(home).run(args);
        assertEquals(0, help.exitCode(), help::toString);
        assertEquals("", help.err());
        assertEquals(read("/help/" + golden), help.out());
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = HelpTextTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
