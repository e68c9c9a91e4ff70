package dev.dbmirror.processor.options;

import dev.dbmirror.processor.diagnostics.Message;
import dev.dbmirror.processor.diagnostics.Reporter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code -Adbmirror.*} options, parsed for syntax only; whether their keys name anything in
 * the mirror is the validate stage's job. List options are {@code key=value} entries separated by
 * {@code ;} (a comma would clash with {@code numeric(12,2)}).
 *
 * @param mirror          {@code -Adbmirror.mirror}: the mirror file, absolute or relative to the base directory
 * @param basedir         {@code -Adbmirror.basedir}: the module directory the annotation's path is relative to
 * @param typeOverrides   {@code -Adbmirror.typeOverrides}: database type → Java type
 * @param columnOverrides {@code -Adbmirror.columnOverrides}: {@code schema.table.column} → Java type
 * @param tableNames      {@code -Adbmirror.tableNames}: {@code schema.name} of a table, view or enum → Java type name
 * @param columnNames     {@code -Adbmirror.columnNames}: {@code schema.table.column} → record component name
 * @param singularize     {@code -Adbmirror.singularize}: overrides {@code @DbMirror(singularize = …)} when present
 * @param timing          {@code -Adbmirror.timing}: print the processor's own time as a note
 */
public record ProcessorOptions(Optional<String> mirror, Optional<String> basedir, Map<String, String> typeOverrides,
                               Map<String, String> columnOverrides, Map<String, String> tableNames,
                               Map<String, String> columnNames, Optional<Boolean> singularize, boolean timing) {

    public static final String PREFIX = "dbmirror.";

    /** Every option name, as javac wants them from {@code getSupportedOptions()}. */
    public static final Set<String> NAMES = Collections.unmodifiableSet(new TreeSet<>(Set.of(
            PREFIX + "mirror", PREFIX + "basedir", PREFIX + "typeOverrides", PREFIX + "columnOverrides",
            PREFIX + "tableNames", PREFIX + "columnNames", PREFIX + "singularize", PREFIX + "timing")));

    public ProcessorOptions {
        typeOverrides = Collections.unmodifiableMap(new LinkedHashMap<>(typeOverrides));
        columnOverrides = Collections.unmodifiableMap(new LinkedHashMap<>(columnOverrides));
        tableNames = Collections.unmodifiableMap(new LinkedHashMap<>(tableNames));
        columnNames = Collections.unmodifiableMap(new LinkedHashMap<>(columnNames));
    }

    /** Parses the {@code dbmirror.*} entries of javac's {@code -A} options; malformed ones are reported. */
    public static ProcessorOptions parse(Map<String, String> raw, Reporter reporter) {
        raw.keySet().stream()
                .filter(name -> name.startsWith(PREFIX) && !NAMES.contains(name))
                .sorted()
                .forEach(name -> reporter.report(Message.UNKNOWN_OPTION, name, String.join(", ", NAMES)));
        return new ProcessorOptions(
                text(raw, "mirror"),
                text(raw, "basedir"),
                entries(raw, "typeOverrides", "<database type>=<java type>", reporter),
                entries(raw, "columnOverrides", "<schema.table.column>=<java type>", reporter),
                entries(raw, "tableNames", "<schema.name>=<JavaName>", reporter),
                entries(raw, "columnNames", "<schema.table.column>=<javaName>", reporter),
                flag(raw, "singularize", reporter),
                flag(raw, "timing", reporter).orElse(false));
    }

    private static Optional<String> text(Map<String, String> raw, String name) {
        return Optional.ofNullable(raw.get(PREFIX + name)).map(String::trim).filter(value -> !value.isEmpty());
    }

    /** {@code -Adbmirror.timing} alone means {@code true}; javac passes it with a null value. */
    private static Optional<Boolean> flag(Map<String, String> raw, String name, Reporter reporter) {
        if (!raw.containsKey(PREFIX + name)) {
            return Optional.empty();
        }
        String value = raw.get(PREFIX + name);
        if (value == null || value.isBlank() || value.trim().equals("true")) {
            return Optional.of(true);
        }
        if (value.trim().equals("false")) {
            return Optional.of(false);
        }
        reporter.report(Message.BAD_OPTION, name, "\"" + value + "\" is neither true nor false", "true|false");
        return Optional.empty();
    }

    private static Map<String, String> entries(Map<String, String> raw, String name, String form, Reporter reporter) {
        Map<String, String> entries = new LinkedHashMap<>();
        String value = raw.get(PREFIX + name);
        if (value == null) {
            return entries;
        }
        for (String entry : value.split("[;\\n]")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.lastIndexOf('=');
            String key = equals < 0 ? "" : entry.substring(0, equals).trim();
            String target = equals < 0 ? "" : entry.substring(equals + 1).trim();
            if (key.isEmpty() || target.isEmpty()) {
                reporter.report(Message.BAD_OPTION, name, "entry \"" + entry.trim() + "\" is not key=value", form);
            } else if (entries.putIfAbsent(key, target) != null) {
                reporter.report(Message.BAD_OPTION, name, "\"" + key + "\" is given twice", form);
            }
        }
        return entries;
    }
}
