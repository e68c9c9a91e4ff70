package dev.dbmirror.cli.project;

import dev.dbmirror.schema.text.Suggestions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The project's settings, {@code db/config/dbmirror.json}:
 * <pre>{"format": 1, "mode": "repository", "exclude": ["scratch_*"]}</pre>
 * {@code mode} says which side is the source of truth; {@code exclude} lists glob patterns of tables
 * that every command reading the database leaves out, as {@code --exclude} does. Without the file: database mode, nothing excluded.
 *
 * @param file the settings file, {@code null} when the project has none
 */
public record Settings(Mode mode, List<String> excludes, Path file) {

    static final int FORMAT = 1;
    private static final List<String> FIELDS = List.of("format", "mode", "exclude");

    public Settings {
        excludes = List.copyOf(excludes);
    }

    /** What a project without a settings file gets. */
    public static Settings defaults() {
        return new Settings(Mode.DATABASE, List.of(), null);
    }

    /** The settings of the project; errors name the file, line, column and field. */
    public static Settings of(Project project) {
        Path file = project.file(Project.SETTINGS);
        if (!Files.exists(file)) {
            return defaults();
        }
        ConfigJson.Value root = ConfigJson.read(file);
        for (String name : root.fields().keySet()) {
            if (!FIELDS.contains(name)) {
                throw ConfigJson.problem(file, root.fields().get(name), "unknown setting \"" + name + "\""
                        + Suggestions.closest(name, FIELDS).map(s -> " (did you mean \"" + s + "\"?)").orElse("")
                        + "; the settings are " + String.join(", ", FIELDS));
            }
        }
        root.field("format").ifPresent(format -> {
            if (!String.valueOf(FORMAT).equals(format.content())) {
                throw ConfigJson.problem(file, format, "unsupported format " + format.content() + "; this dbmirror reads format " + FORMAT);
            }
        });
        Mode mode = root.field("mode").map(value -> mode(file, value)).orElse(Mode.DATABASE);
        List<String> excludes = new ArrayList<>();
        root.field("exclude").ifPresent(value -> {
            if (!value.isArray()) {
                throw ConfigJson.problem(file, value, "must be a list of table name patterns, e.g. [\"scratch_*\"]");
            }
            for (ConfigJson.Value pattern : value.items()) {
                if (!pattern.isString() || pattern.text().isBlank()) {
                    throw ConfigJson.problem(file, pattern, "must be a table name pattern, e.g. \"scratch_*\"");
                }
                excludes.add(pattern.text());
            }
        });
        return new Settings(mode, excludes, file);
    }

    private static Mode mode(Path file, ConfigJson.Value value) {
        List<String> words = Arrays.stream(Mode.values()).map(Mode::json).toList();
        if (!value.isString()) {
            throw ConfigJson.problem(file, value, "must be \"database\" or \"repository\"");
        }
        return Mode.fromJson(value.text()).orElseThrow(() -> ConfigJson.problem(file, value, "unknown mode \"" + value.text() + "\""
                + Suggestions.closest(value.text(), words).map(s -> " (did you mean \"" + s + "\"?)").orElse("")
                + "; use \"database\" (the database is the source of truth) or \"repository\" (the mirror is)"));
    }
}
