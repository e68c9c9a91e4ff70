package dev.dbmirror.cli.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dbmirror.cli.support.Cli;
import dev.dbmirror.schema.io.MirrorWriter;
import dev.dbmirror.schema.io.Mirrors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** add-table writes the mirror canonically in repository mode; every mistake is one line per problem, and the mirror stays. */
class AddTableCommandTest {

    @TempDir
    Path dir;

    /** {@code $ dbmirror add-table --name NAME --columns "SHORTHAND"}. */
    private static final Pattern DOCUMENTED_ERROR =
            Pattern.compile("\\$ dbmirror add-table --name (\\S+) --columns \"([^\"]*)\"");

    private Path mirror;

    private String emptyMirror;

    @BeforeEach
    void repositoryProject() throws Exception {
        assertEquals(0, cli("init", "--mode", "repository").exitCode());
        mirror = dir.resolve("db/schema/tables.json");
        emptyMirror = Files.readString(mirror);
    }

    private Cli.Result cli(String... args) {
        return Cli.with(dir).in(dir).run(args);
    }

    private void assertFails(String expected, String... args) throws Exception {
        byte[] before = Files.readAllBytes(mirror);
        Cli.Result result = cli(args);
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("", result.out());
        assertEquals(expected, result.err());
        assertArrayEquals(before, Files.readAllBytes(mirror));
    }

    @Test
    void addsTablesThatReferenceEachOtherAndWritesCanonically() throws Exception {
        Cli.Result users = cli("add-table", "--name", "users", "--comment", "People who log in",
                "--columns", "id:uuid=gen_random_uuid():pk,email:string(200):unique,created_at:timestamptz=now()");
        assertEquals(0, users.exitCode(), users::toString);
        assertEquals("wrote " + mirror + ": 1 relation, 0 enums, 0 domains (added public.users)\n", users.out());

        Cli.Result roles = cli("add-table", "--name", "user_roles", "--format", "json",
                "--columns", "user_id:uuid:pk:fk>users.id:ondelete=cascade,role:string(40):pk,note:text?");
        assertEquals(0, roles.exitCode(), roles::toString);
        assertEquals("{\"mirror\":\"" + mirror + "\",\"written\":true,\"relations\":2,\"enums\":0,\"domains\":0}\n", roles.out());

        String text = Files.readString(mirror);
        assertEquals(MirrorWriter.write(Mirrors.load(mirror)), text);
        Cli.Result list = cli("list");
        assertEquals("""
                public.user_roles  table  3 columns  pk (user_id, role), fk (user_id) → public.users
                public.users       table  3 columns  pk (id), unique (email)  -- People who log in
                """, list.out());
    }

    @Test
    void aTypoIsNamedWithItsPositionAndASuggestion() throws Exception {
        assertFails("dbmirror: error: --columns item 2 \"email:strin\" (at character 18): unknown type \"strin\" (did you mean"
                + " \"string\"?); use one of uuid, string, string(n), text, bool, smallint, int, bigint, decimal, decimal(p,s),"
                + " float, double, date, time, timestamp, timestamptz, interval, bytes, json, each optionally followed by []"
                + " for an array\n", "add-table", "--name", "users", "--columns", "id:uuid:pk,email:strin");
    }

    @Test
    void everyProblemGetsItsLine() throws Exception {
        assertFails("dbmirror: error: --columns item 1 \"id:uuid:pk:uniq\" (at character 12): unknown flag \"uniq\" (did you"
                + " mean \"unique\"?); use pk, unique, ? (nullable), =default, fk>table.column or ondelete=ACTION\n"
                + "--columns item 2 \"team_id:uuid:fk>teams.id\" (at character 31): unknown table \"teams\"; reference a table"
                + " of the mirror, or this new table\n",
                "add-table", "--name", "users", "--columns", "id:uuid:pk:uniq, team_id:uuid:fk>teams.id");
    }

    @Test
    void anEmptyColumnListIsAProblemOfColumnsNotOfName() throws Exception {
        assertFails("dbmirror: error: --columns item 1 \"\" (at character 1): no columns given; write name:type items"
                + " separated by commas, e.g. id:uuid:pk,email:string:unique\n", "add-table", "--name", "users", "--columns", "");
    }

    /** picocli finds the required --columns missing before it reports the unknown option: the typo must come first. */
    @Test
    void aMistypedRequiredOptionIsNamedAsTheTypoItIs() throws Exception {
        assertFails("""
                dbmirror: unknown option --colums for dbmirror add-table
                Did you mean --columns?
                Run `dbmirror add-table --help` for usage.
                """, "add-table", "--name", "users", "--colums", "id:uuid:pk");
    }

    /**
     * The error lines docs/cli.md shows under add-table, word for word (a line that ends in {@code …} up to there):
     * each example runs on the mirror of the page's session above it (users), but one that adds users itself, which
     * runs on an empty mirror.
     */
    @Test
    void theErrorsShownInCliMdAreWhatItPrints() throws Exception {
        List<String> page = Files.readAllLines(Path.of("../docs/cli.md"));
        int examples = 0;
        for (int i = 0; i + 1 < page.size(); i++) {
            Matcher command = DOCUMENTED_ERROR.matcher(page.get(i));
            if (command.matches() && page.get(i + 1).startsWith("dbmirror: error: ")) {
                Files.writeString(mirror, emptyMirror);
                if (!command.group(1).equals("users")) {
                    assertEquals(0, cli("add-table", "--name", "users", "--columns", "id:uuid:pk").exitCode());
                }
                Cli.Result result = cli("add-table", "--name", command.group(1), "--columns", command.group(2));
                assertEquals(1, result.exitCode(), result::toString);
                String shown = page.get(i + 1);
                String printed = result.err();
                if (shown.endsWith("…")) {
                    shown = shown.substring(0, shown.length() - 1);
                    printed = printed.substring(0, Math.min(shown.length(), printed.length()));
                } else {
                    shown += "\n";
                }
                assertEquals(shown, printed, page.get(i));
                examples++;
            }
        }
        assertEquals(2, examples, "the examples of docs/cli.md");
    }

    @Test
    void aTableThatIsThereAlreadyIsRefused() throws Exception {
        assertEquals(0, cli("add-table", "--name", "users", "--columns", "id:uuid:pk").exitCode());
        assertFails("dbmirror: error: --name table public.users is already in the mirror; choose another name, or change"
                + " the table in the mirror file\n", "add-table", "--name", "users", "--columns", "id:int:pk");
    }

    @Test
    void databaseModeRefusesAndSaysToChangeTheDatabase() throws Exception {
        Files.writeString(dir.resolve("db/config/dbmirror.json"), "{\"mode\": \"database\"}\n");
        assertFails("dbmirror: error: add-table changes the mirror, but here the database is the source of truth (mode"
                + " database in " + dir.resolve("db/config/dbmirror.json") + "): change the database and run `dbmirror"
                + " pull`; or, if the repository is to be the source of truth, set \"mode\": \"repository\" in"
                + " db/config/dbmirror.json\n", "add-table", "--name", "users", "--columns", "id:uuid:pk");
        Files.delete(dir.resolve("db/config/dbmirror.json"));
        assertFails("dbmirror: error: add-table changes the mirror, but here the database is the source of truth (mode"
                + " database, as there is no db/config/dbmirror.json): change the database and run `dbmirror pull`; or, if"
                + " the repository is to be the source of truth, set \"mode\": \"repository\" in db/config/dbmirror.json\n",
                "add-table", "--name", "users", "--columns", "id:uuid:pk");
    }
}
