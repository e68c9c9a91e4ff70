package dev.dbmirror.cli.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbmirror.cli.support.Cli;
import dev.dbmirror.schema.io.Mirrors;
import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Source;
import dev.dbmirror.schema.model.Table;
import dev.dbmirror.schema.model.TableKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dbmirror context}: writes the context file and registry; {@code --check} is 0 current, 2 stale (saying which), 1 error. */
class ContextCommandTest {

    @TempDir
    Path dir;

    private Path mirror;
    private Path out;

    private void save(String... columns) throws Exception {
        List<Column> list = new ArrayList<>();
        for (String column : columns) {
            list.add(new Column(column, "text", true, null, null, null, null));
        }
        Mirrors.save(new Mirror(Mirror.FORMAT, new Source("postgresql", 15, List.of("public")), List.of(), List.of(),
                List.of(new Table("public", "notes", TableKind.TABLE, null, list, null, List.of(), List.of(), List.of(),
                        List.of()))), mirror);
    }

    @BeforeEach
    void mirror() throws Exception {
        mirror = dir.resolve("db/schema/tables.json");
        out = dir.resolve("docs/context");
        save("id", "body");
    }

    private Cli.Result context(String... more) {
        List<String> args = new ArrayList<>(List.of("context", "--mirror", mirror.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        return Cli.with(dir).run(args.toArray(String[]::new));
    }

    private String stale(String... lines) {
        return "stale: " + out + " does not match " + mirror + " (run `dbmirror context`):\n  " + String.join("\n  ", lines) + "\n";
    }

    @Test
    void writesThenChecksCurrentThenStaleAfterTheMirrorChanged() throws Exception {
        Cli.Result missing = context("--check");
        assertEquals(2, missing.exitCode(), missing::toString);
        assertEquals(stale("registry.json: missing", "db/schema.json: missing"), missing.out());
        assertFalse(Files.exists(out), "--check writes nothing");

        Cli.Result written = context();
        assertEquals(0, written.exitCode(), written::toString);
        assertEquals("wrote " + out.resolve("db/schema.json") + "\nwrote " + out.resolve("registry.json") + "\n", written.out());
        Cli.Result again = context();
        assertEquals("unchanged " + out.resolve("db/schema.json") + "\nunchanged " + out.resolve("registry.json") + "\n", again.out());
        Cli.Result current = context("--check");
        assertEquals(0, current.exitCode(), current::toString);
        assertEquals(out + " is current with " + mirror + "\n", current.out());

        save("id", "body", "title");
        Cli.Result stale = context("--check");
        assertEquals(2, stale.exitCode(), stale::toString);
        assertEquals(stale("db/schema.json: describes another mirror"), stale.out());
        assertTrue(Files.readString(out.resolve("db/schema.json")).contains("\"body\"")
                && !Files.readString(out.resolve("db/schema.json")).contains("\"title\""));
    }

    @Test
    void formatJsonReportsTheFilesAndWhetherTheyAreCurrent() throws Exception {
        Cli.Result written = context("--format", "json");
        assertEquals(0, written.exitCode(), written::toString);
        assertEquals("{\"out\":\"" + out + "\",\"written\":[\"db/schema.json\",\"registry.json\"],\"unchanged\":[]}\n",
                written.out());
        Cli.Result current = context("--check", "--format", "json");
        assertEquals(0, current.exitCode(), current::toString);
        assertEquals("{\"out\":\"" + out + "\",\"mirror\":\"" + mirror + "\",\"current\":true,\"stale\":[]}\n",
                current.out());
    }

    @Test
    void aHandEditAnUnregisteredFileAndAMissingOneAreToldApart() throws Exception {
        Files.createDirectories(out.resolve("api"));
        Files.writeString(out.resolve("api/endpoints.md"), "GET /notes\n");
        Files.writeString(out.resolve("old.md"), "old\n");
        assertEquals(0, context().exitCode());
        assertTrue(Files.readString(out.resolve("registry.json")).contains("\"path\": \"api/endpoints.md\""));

        Path schema = out.resolve("db/schema.json");
        Files.writeString(schema, Files.readString(schema).replace("\"body\"", "\"text\""));
        Files.writeString(out.resolve("api/endpoints.md"), "GET /notes\nPOST /notes\n");
        Files.writeString(out.resolve("new.md"), "new\n");
        Files.delete(out.resolve("old.md"));

        Cli.Result check = context("--check");
        assertEquals(2, check.exitCode(), check::toString);
        assertEquals(stale("db/schema.json: changed since `dbmirror context` wrote it",
                "api/endpoints.md: changed since it was registered", "new.md: not in the registry",
                "old.md: registered but missing"), check.out());

        assertEquals(0, context().exitCode());
        assertEquals(0, context("--check").exitCode(), "a run registers the other files as they are now");
    }

    @Test
    void aBrokenMirrorAndAnUnreadableRegistry() throws Exception {
        assertEquals(0, context().exitCode());
        Files.writeString(out.resolve("registry.json"), "{\"files\": [\n");
        Cli.Result unreadable = context("--check");
        assertEquals(2, unreadable.exitCode(), unreadable::toString);
        assertEquals(stale("registry.json: cannot be read (malformed JSON at line 2, column 1)"), unreadable.out());

        Files.writeString(mirror, "{\"format\": 7}\n");
        Cli.Result broken = context("--check");
        assertEquals(1, broken.exitCode(), broken::toString);
        assertEquals("", broken.out());
        assertTrue(broken.err().startsWith("dbmirror: error: " + mirror + ":1:"), broken::toString);
        assertEquals(1, broken.err().lines().count(), broken::toString);
    }

    @Test
    void anOutThatIsAFileIsAnError() throws Exception {
        Files.createDirectories(out.getParent());
        Files.writeString(out, "x\n");
        Cli.Result result = context();
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("dbmirror: error: --out " + out + " is a file, not a folder; name a folder (it is created if missing)\n",
                result.err());
    }
}
