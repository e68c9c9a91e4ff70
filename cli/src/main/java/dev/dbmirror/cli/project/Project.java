package dev.dbmirror.cli.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The folder a project keeps its {@code db/} folder in: the mirror, the settings, the environments,
 * the migrations and the guide for coding assistants. Found as the mirror is, as git finds
 * {@code .git}: the working folder or the nearest folder above it that has one of those files.
 */
public record Project(Path root) {

    public static final String MIRROR = "db/schema/tables.json";
    public static final String SETTINGS = "db/config/dbmirror.json";
    public static final String ENVIRONMENTS = "db/config/db-environments.json";
    public static final String MIGRATIONS = "db/migrations";
    public static final String AGENTS = "db/AGENTS.md";

    private static final List<String> MARKERS = List.of(SETTINGS, ENVIRONMENTS, MIRROR);

    /**
     * The project the working folder belongs to; the working folder itself when no folder at or above
     * it has a project file (as {@code init} makes one). Resolved against {@code workingDirectory} when
     * found there, else absolute.
     */
    public static Project find(Path workingDirectory) {
        if (isProject(workingDirectory)) {
            return new Project(workingDirectory);
        }
        for (Path folder = workingDirectory.toAbsolutePath().getParent(); folder != null; folder = folder.getParent()) {
            if (isProject(folder)) {
                return new Project(folder);
            }
        }
        return new Project(workingDirectory);
    }

    private static boolean isProject(Path folder) {
        return MARKERS.stream().anyMatch(marker -> Files.isRegularFile(folder.resolve(marker)));
    }

    /** A file or folder of the project, by its path relative to the root ({@link #SETTINGS}, …). */
    public Path file(String relative) {
        return root.resolve(relative);
    }
}
