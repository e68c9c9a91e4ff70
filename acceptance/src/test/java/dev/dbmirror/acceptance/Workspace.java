package dev.dbmirror.acceptance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders under {@code target/} where the user projects are built, emptied before each use. */
final class Workspace {

    private Workspace() {
    }

    static Path fresh(String name) throws IOException {
        Path folder = Path.of("target", name).toAbsolutePath();
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        return Files.createDirectories(folder);
    }
}
