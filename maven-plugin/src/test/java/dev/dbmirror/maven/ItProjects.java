package dev.dbmirror.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The test projects under {@code src/it}, copied into {@code target/it-work/<name>} for a run. A project may
 * be a base project with an overlay: a folder whose files are copied over the base's (a changed mirror, more
 * user code), so that tests share one POM.
 */
final class ItProjects {

    private ItProjects() {
    }

    /** A fresh copy of {@code src/it/<name>}; the folder that holds it also takes the build logs. */
    static Path copy(String name) throws IOException {
        Path project = empty(name);
        copyInto(project, name);
        return project;
    }

    /**
     * A fresh copy of {@code src/it/<base>} with the files of {@code src/it/<overlay>} over it, in
     * {@code target/it-work/<overlay>}.
     */
    static Path copy(String base, String overlay) throws IOException {
        Path project = empty(overlay);
        copyInto(project, base);
        copyInto(project, overlay);
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

    private static void copyInto(Path project, String name) throws IOException {
        Path source = Path.of(System.getProperty("dbmirror.it.projects"), name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = project.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
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
