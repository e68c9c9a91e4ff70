package dev.dbmirror.schema.docs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbmirror.schema.Fixtures;
import dev.dbmirror.schema.SyntheticMirror;
import dev.dbmirror.schema.io.FileSet;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The docs of a mirror as golden files ({@code src/test/resources/docs/<case>/expected/}; run with
 * {@code -Ddbmirror.updateGolden=true} to rewrite them after an intended change, then review the
 * diff), and how a run compares with, writes and prunes an output folder.
 */
class SchemaDocsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/docs");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"rich", "names"})
    void pagesScriptsListAndIndexAreTheGoldenFiles(String name) throws Exception {
        Mirror mirror = Fixtures.mirror("docs/" + name + "/tables.json");
        DocsPlan plan = SchemaDocs.plan(mirror, dir.resolve("docs"), false);
        Path expected = GOLDEN.resolve(name).resolve("expected");
        if (Boolean.getBoolean("dbmirror.updateGolden")) {
            if (Files.isDirectory(expected)) {
                try (Stream<Path> old = Files.list(expected)) {
                    for (Path file : old.toList()) {
                        Files.delete(file);
                    }
                }
            }
            plan.write();
            FileSet.write(expected, plan.files(), List.of());
        }
        assertEquals(read(expected).keySet(), plan.files().keySet());
        for (Map.Entry<String, byte[]> file : plan.files().entrySet()) {
            assertEquals(Files.readString(expected.resolve(file.getKey())), new String(file.getValue(), StandardCharsets.UTF_8),
                    file.getKey());
        }
    }

    @Test
    void aFirstRunMarksEveryRelationNewAndASecondOneCurrent() throws Exception {
        Mirror mirror = Fixtures.mirror("docs/rich/tables.json");
        Path out = dir.resolve("docs");

        DocsPlan first = SchemaDocs.plan(mirror, out, false);
        assertTrue(first.statuses().values().stream().allMatch(s -> s == PageStatus.NEW));
        assertEquals(first.files().size(), first.staleness().size(), "nothing there yet");
        FileSet.Result written = first.write();
        assertEquals(first.files().size(), written.written().size());

        DocsPlan second = SchemaDocs.plan(mirror, out, false);
        assertTrue(second.statuses().values().stream().allMatch(s -> s == PageStatus.CURRENT));
        assertEquals(List.of(), second.staleness(), "the index differs only in its status marks");
        assertTrue(index(second).contains("Status against the pages that were here before this run: ✓ 16 current."));
        FileSet.Result rewritten = second.write();
        assertEquals(List.of(SchemaDocs.INDEX), rewritten.written(), "only the marks changed");

        FileSet.Result third = SchemaDocs.plan(mirror, out, false).write();
        assertEquals(List.of(), third.written(), "a run on current docs writes nothing");
    }

    @Test
    void aChangedTableAGoneTableAndANewTableAreMarkedAndOnlyPruneRemovesTheOrphan() throws Exception {
        Mirror before = SyntheticMirror.of(5);
        Path out = dir.resolve("docs");
        SchemaDocs.plan(before, out, false).write();
        Files.writeString(out.resolve("README.md"), "notes of our own\n");
        Files.writeString(out.resolve("old.notes.md"), "looks like a page but was not written by dbmirror\n");
        List<Table> tables = new ArrayList<>(before.tables());
        Table t2 = tables.get(1);
        tables.set(1, new Table(t2.schema(), t2.name(), t2.kind(), "A new comment", t2.columns(), t2.primaryKey(),
                t2.uniques(), t2.foreignKeys(), t2.checks(), t2.indexes()));
        tables.remove(4);
        tables.add(SyntheticMirror.of(6).tables().get(5));
        Mirror after = new Mirror(before.format(), before.source(), before.enums(), before.domains(), tables);

        DocsPlan plan = SchemaDocs.plan(after, out, false);

        assertEquals(Map.of("public.t1", PageStatus.CHANGED, "public.t2", PageStatus.CHANGED, "public.t3", PageStatus.CURRENT,
                "public.t4", PageStatus.CURRENT, "public.t6", PageStatus.NEW), plan.statuses(),
                "t1 is referenced by t5 (gone) and t6 (new); t2 has a new comment");
        assertEquals(List.of("public.t5.md", "public.t5.sql"), plan.orphans());
        String index = index(plan);
        assertTrue(index.contains("Status against the pages that were here before this run: ✓ 2 current · + 1 new · ~ 2 changed"
                + " · ⚠ 1 orphaned."), index);
        assertTrue(index.contains("| ⚠ | public.t5 | gone from the mirror | | | | | `public.t5.md`, `public.t5.sql`:"
                + " remove with `dbmirror docs --prune` |"), index);
        assertTrue(index.contains("| ~ | [public.t2](public.t2.md) |"), index);
        assertTrue(index.contains("| + | [public.t6](public.t6.md) |"), index);
        assertTrue(plan.staleness().contains("public.t5.md: its relation is gone from the mirror (remove it with --prune)"));

        plan.write();
        assertTrue(Files.exists(out.resolve("public.t5.md")), "orphans stay without --prune");
        FileSet.Result pruned = SchemaDocs.plan(after, out, true).write();
        assertEquals(List.of("public.t5.md", "public.t5.sql"), pruned.removed());
        assertFalse(Files.exists(out.resolve("public.t5.sql")));
        assertEquals("notes of our own\n", Files.readString(out.resolve("README.md")), "files of the user's stay");
        assertTrue(Files.exists(out.resolve("old.notes.md")));
        assertEquals(List.of(), SchemaDocs.plan(after, out, false).staleness());
    }

    @Test
    void aFailureWhileStagingChangesNoFile() throws Exception {
        Mirror mirror = SyntheticMirror.of(3);
        Path out = dir.resolve("docs");
        SchemaDocs.plan(SyntheticMirror.of(2), out, false).write();
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, old);
            }
        }
        Map<String, byte[]> before = read(out);
        Files.createDirectory(out.resolve("public.t3.sql")); // where a page must go

        IOException e = assertThrows(IOException.class, () -> SchemaDocs.plan(mirror, out, false).write());

        assertEquals(out.resolve("public.t3.sql") + " is a folder; move it away so that the file can be written", e.getMessage());
        Map<String, byte[]> after = read(out);
        assertEquals(before.keySet(), after.keySet(), "no page written, no temporary file left");
        for (String name : before.keySet()) {
            assertArrayEquals(before.get(name), after.get(name), name);
            assertEquals(old, Files.getLastModifiedTime(out.resolve(name)), name);
        }
    }

    @Test
    void theTableListIsOneNameALineSorted() throws Exception {
        DocsPlan plan = SchemaDocs.plan(SyntheticMirror.of(12), dir, false);
        assertEquals("public.t1\npublic.t10\npublic.t11\npublic.t12\npublic.t2\npublic.t3\npublic.t4\npublic.t5\npublic.t6\n"
                + "public.t7\npublic.t8\npublic.t9\n", new String(plan.files().get(SchemaDocs.TABLE_LIST), StandardCharsets.UTF_8));
    }

    @Test
    void aBigSchemaIsDrawnInPartsOfRelatedTables() throws Exception {
        String index = index(SchemaDocs.plan(SyntheticMirror.of(260), dir, false));
        List<String> headings = index.lines().filter(l -> l.startsWith("### public")).toList();
        assertEquals(List.of(
                "### public, part 1 of 8: 40 tables around `t1`",
                "### public, part 2 of 8: 22 tables around `t21`",
                "### public, part 3 of 8: 22 tables around `t25`",
                "### public, part 4 of 8: 39 tables around `t23`",
                "### public, part 5 of 8: 40 tables around `t193`",
                "### public, part 6 of 8: 40 tables around `t148`",
                "### public, part 7 of 8: 40 tables around `t31`",
                "### public, part 8 of 8: 17 tables around `t90`"), headings);
    }

    private static String index(DocsPlan plan) {
        return new String(plan.files().get(SchemaDocs.INDEX), StandardCharsets.UTF_8);
    }

    /** The regular files of a folder by name (hidden ones too, so that a left-over temporary file shows). */
    private static Map<String, byte[]> read(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path file : listing.filter(Files::isRegularFile).toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
