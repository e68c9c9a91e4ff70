package dev.dbmirror.cli.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbmirror.cli.support.Cli;
import dev.dbmirror.cli.support.ReadOnlyFolder;
import dev.dbmirror.schema.io.Mirrors;
import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.Key;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Source;
import dev.dbmirror.schema.model.Table;
import dev.dbmirror.schema.model.TableKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dbmirror docs}: what it prints, writes, checks and prunes, and how it refuses bad input without writing. */
class DocsCommandTest {

    @TempDir
    Path dir;

    private Path mirror;
    private Path out;

    private static Table table(String name, String... columns) {
        List<Column> list = new ArrayList<>();
        list.add(new Column("id", "integer", false, null, null, null, null));
        for (String column : columns) {
            list.add(new Column(column, "text", true, null, null, null, null));
        }
        return new Table("public", name, TableKind.TABLE, null, list, new Key(name + "_pkey", List.of("id")),
                List.of(), List.of(), List.of(), List.of());
    }

    private void save(Table... tables) throws Exception {
        Mirrors.save(new Mirror(Mirror.FORMAT, new Source("postgresql", 15, List.of("public")), List.of(), List.of(),
                List.of(tables)), mirror);
    }

    @BeforeEach
    void mirror() throws Exception {
        mirror = dir.resolve("db/schema/tables.json");
        out = dir.resolve("docs/schema");
        save(table("customers", "name"), table("orders"), table("legacy"));
    }

    private Cli.Result docs(String... more) {
        List<String> args = new ArrayList<>(List.of("docs", "--mirror", mirror.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        return Cli.with(dir).run(args.toArray(String[]::new));
    }

    @Test
    void writesThenFindsEverythingCurrentThenMarksChangesAndPrunesOnRequest() throws Exception {
        Cli.Result first = docs();
        assertEquals(0, first.exitCode(), first::toString);
        assertEquals("wrote " + out + ": 3 relations (+ 3 new), 8 files written, 0 unchanged\n", first.out());
        assertEquals(List.of("_index.md", "_table_list.txt", "public.customers.md", "public.customers.sql",
                "public.legacy.md", "public.legacy.sql", "public.orders.md", "public.orders.sql"), files());

        Cli.Result check = docs("--check");
        assertEquals(0, check.exitCode(), check::toString);
        assertEquals(out + " is current with " + mirror + "\n", check.out());

        save(table("customers", "name", "email"), table("orders"));
        Cli.Result stale = docs("--check");
        assertEquals(2, stale.exitCode(), stale::toString);
        assertEquals("stale: " + out + " does not match " + mirror + " (run `dbmirror docs --prune`):\n"
                + "  public.customers.md: differs from the mirror\n"
                + "  public.customers.sql: differs from the mirror\n"
                + "  _table_list.txt: differs from the mirror\n"
                + "  _index.md: differs from the mirror\n"
                + "  public.legacy.md: its relation is gone from the mirror (remove it with --prune)\n"
                + "  public.legacy.sql: its relation is gone from the mirror (remove it with --prune)\n", stale.out());
        assertEquals(List.of("_index.md", "_table_list.txt", "public.customers.md", "public.customers.sql",
                "public.legacy.md", "public.legacy.sql", "public.orders.md", "public.orders.sql"), files(), "--check wrote nothing");

        Cli.Result second = docs();
        assertEquals("wrote " + out + ": 2 relations (✓ 1 current, ~ 1 changed), 4 files written, 2 unchanged;"
                + " ⚠ 2 orphaned files of tables gone from the mirror (remove with --prune)\n", second.out());
        assertTrue(Files.readString(out.resolve("_index.md")).contains("| ⚠ | public.legacy | gone from the mirror |"));

        Cli.Result pruned = docs("--prune");
        assertEquals("wrote " + out + ": 2 relations (✓ 2 current), 1 file written, 5 unchanged, 2 removed\n", pruned.out());
        assertFalse(Files.exists(out.resolve("public.legacy.md")));
        assertEquals(0, docs("--check").exitCode());
        assertEquals("", docs("--quiet").out());
    }

    @Test
    void formatJsonReportsWhatWasWrittenAndWhatIsStale() throws Exception {
        Cli.Result first = docs("--format", "json");
        assertEquals(0, first.exitCode(), first::toString);
        assertEquals("{\"out\":\"" + out + "\",\"relations\":3,\"statuses\":{\"current\":0,\"new\":3,\"changed\":0,"
                + "\"orphaned\":0},\"written\":[\"public.customers.md\",\"public.customers.sql\",\"public.legacy.md\","
                + "\"public.legacy.sql\",\"public.orders.md\",\"public.orders.sql\",\"_table_list.txt\",\"_index.md\"],"
                + "\"unchanged\":[],\"removed\":[],\"orphaned\":[]}\n", first.out());

        save(table("customers", "name"), table("orders"));
        Cli.Result stale = docs("--check", "--format", "json");
        assertEquals(2, stale.exitCode(), stale::toString);
        assertEquals("{\"out\":\"" + out + "\",\"mirror\":\"" + mirror + "\",\"current\":false,\"stale\":["
                + "\"_table_list.txt: differs from the mirror\",\"_index.md: differs from the mirror\","
                + "\"public.legacy.md: its relation is gone from the mirror (remove it with --prune)\","
                + "\"public.legacy.sql: its relation is gone from the mirror (remove it with --prune)\"]}\n", stale.out());
    }

    @Test
    void aBrokenMirrorIsOneLineAndNothingIsWritten() throws Exception {
        Files.writeString(mirror, "{\"format\": 1, \"source\": {\"dialect\": \"postgresql\"}, \"tables\": [}\n");
        Cli.Result result = docs();
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("dbmirror: error: " + mirror + ":1:"), result::toString);
        assertEquals(1, result.err().lines().count(), result::toString);
        assertFalse(Files.exists(out));
    }

    @Test
    void anOutThatIsAFileIsRefused() throws Exception {
        Files.createDirectories(out.getParent());
        Files.writeString(out, "not a folder\n");
        Cli.Result result = docs();
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("dbmirror: error: --out " + out + " is a file, not a folder; name a folder (it is created if missing)\n",
                result.err());
        assertEquals("not a folder\n", Files.readString(out));
    }

    @Test
    void anOutBelowAFileIsRefusedWithoutWriting() throws Exception {
        Path file = dir.resolve("docs/notes.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x\n");
        out = file.resolve("schema");
        Cli.Result result = docs();
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("dbmirror: error: cannot write " + out + ": " + file + " is a file, not a folder; no file was changed\n",
                result.err());
    }

    @Test
    void anUnwritableFolderChangesNothing() throws Exception {
        assertEquals(0, docs().exitCode());
        Map<String, String> before = contents();
        save(table("customers", "name", "email"), table("orders"), table("legacy"), table("new_one"));
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.of(out)) {
            Cli.Result result = docs();
            assertEquals(1, result.exitCode(), result::toString);
            assertTrue(result.err().equals("dbmirror: error: cannot write " + out + ": permission denied; no file was changed\n")
                    || result.err().equals("dbmirror: error: cannot write " + out + ": operation not permitted; no file was changed\n"),
                    result::toString);
        }
        assertEquals(before, contents(), "no page changed, none added, no temporary file left");
    }

    private List<String> files() throws Exception {
        try (Stream<Path> listing = Files.list(out)) {
            return listing.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Map<String, String> contents() throws Exception {
        Map<String, String> contents = new TreeMap<>();
        for (String name : files()) {
            contents.put(name, Files.readString(out.resolve(name)));
        }
        return contents;
    }
}
