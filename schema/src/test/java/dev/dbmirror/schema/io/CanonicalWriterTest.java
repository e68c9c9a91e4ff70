package dev.dbmirror.schema.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbmirror.schema.Fixtures;
import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Source;
import dev.dbmirror.schema.model.Table;
import dev.dbmirror.schema.model.TableKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanonicalWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {"mirrors/shop.json", "mirrors/generic.json"})
    void aCanonicalFileReadAndWrittenBackIsByteIdentical(String resource, @TempDir Path dir) throws Exception {
        String canonical = Fixtures.text(resource);
        assertEquals(canonical, MirrorWriter.write(Fixtures.mirror(resource)));

        Path file = dir.resolve("tables.json");
        Files.writeString(file, canonical);
        Mirrors.save(Mirrors.load(file), file);
        assertArrayEquals(canonical.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }

    /**
     * Relations, constraints and indexes out of order, keys in another order, optional fields left
     * out, unknown keys (oid, statistics, host, pulledAt) added: the output is the canonical file,
     * with no trace of the unknown keys.
     */
    @Test
    void shuffledInputComesOutCanonical() throws Exception {
        assertEquals(Fixtures.text("mirrors/shop.json"), MirrorWriter.write(Fixtures.mirror("mirrors/shop.shuffled.json")));
    }

    @Test
    void canonicalizeSortsOnlyWhatHasNoOrderOfItsOwn() throws Exception {
        Mirror shuffled = Fixtures.mirror("mirrors/shop.shuffled.json");
        Mirror canonical = MirrorWriter.canonicalize(shuffled);
        assertEquals(Fixtures.mirror("mirrors/shop.json"), canonical);
        assertEquals(canonical, MirrorWriter.canonicalize(canonical));
        assertEquals(shuffled.table("public", "orders").orElseThrow().columns(),
                canonical.table("public", "orders").orElseThrow().columns());
    }

    @Test
    void textIsEscapedAndLinesEndInNewlines() throws Exception {
        Column column = new Column("note", "text", true, null, null, null, "line one\nline \"two\"\ttab \u0001 \\ äö €");
        Table table = new Table("s", "t", TableKind.TABLE, "Grüße\r\n", List.of(column), null, List.of(), List.of(),
                List.of(), List.of());
        Mirror mirror = new Mirror(1, new Source(Source.GENERIC, null, List.of("s")), List.of(), List.of(), List.of(table));
        String text = MirrorWriter.write(mirror);
        assertTrue(text.contains("\"comment\": \"line one\\nline \\\"two\\\"\\ttab \\u0001 \\\\ äö €\""), text);
        assertTrue(text.contains("\"comment\": \"Grüße\\r\\n\""), text);
        assertFalse(text.contains("\r"));
        assertTrue(text.endsWith("}\n"));
        assertEquals(mirror, Mirrors.parse(text, "t.json"));
    }

    @Test
    void savingUnchangedContentLeavesTheFileAlone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("db/schema/tables.json");
        Mirror mirror = Fixtures.mirror("mirrors/generic.json");
        Mirrors.save(mirror, file);
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file, old);
        Mirrors.save(mirror, file);
        assertEquals(old, Files.getLastModifiedTime(file));
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList());
        }
    }
}
