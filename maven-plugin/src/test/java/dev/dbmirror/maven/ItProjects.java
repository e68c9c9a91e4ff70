package dev.dbmirror.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The test projects under {@code src/it}, copied into {@code target/it-work/<name>} for a run. */
final class ItProjects {

    private ItProjects() {
    }

    /** A fresh copy of {@code src/it/<name>}; the folder that holds it also takes the build logs. */
    static Path copy(String name) throws IOException {
        Path project = empty(name);
        Path source = Path.of(System.getProperty("dbmirror.it.projects"), name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = project.resolve(source.relativize(file).toString());
                if (!Files.isDirectory(target)) {
                    Files.copy(file, target);
                }
            }
        }
        return project;
    }

    /** An empty project folder {@code target/it-work/<name>/project}, for a test that writes its files itself. */
    static Path empty(String name) throws IOException {
        Path work = Path.of("target", "it-work", name).toAbsolutePath();
        deleteRecursively(work);
        Path project = work.resolve("project");
        // An own .mvn folder, so the mvn script does not take the enclosing reactor's for the project's root.
        Files.createDirectories(project.resolve(".mvn"));
        return project;
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(root);
    }
}
