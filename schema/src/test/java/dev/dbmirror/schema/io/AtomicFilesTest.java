package dev.dbmirror.schema.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void newFileIsReadableByAllAndNoTemporaryFileIsLeft(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("db/schema/tables.json");

        AtomicFiles.write(file, "{}\n".getBytes(StandardCharsets.UTF_8));

        assertEquals("{}\n", Files.readString(file));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (Stream<Path> listing = Files.list(file.getParent())) {
            assertEquals(List.of(file), listing.toList());
        }
    }

    @Test
    void rewriteKeepsThePermissionsOfTheReplacedFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tables.json");
        Files.writeString(file, "old\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));

        AtomicFiles.write(file, "new\n".getBytes(StandardCharsets.UTF_8));

        assertEquals("new\n", Files.readString(file));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void theSameBytesLeaveTheFileUntouched(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tables.json");
        byte[] bytes = "{}\n".getBytes(StandardCharsets.UTF_8);
        assertTrue(AtomicFiles.write(file, bytes));
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, written);

        assertFalse(AtomicFiles.write(file, bytes));

        assertEquals(written, Files.getLastModifiedTime(file));
    }
}
