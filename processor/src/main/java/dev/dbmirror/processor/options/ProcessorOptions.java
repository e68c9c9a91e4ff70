package dev.dbmirror.processor.options;

import dev.dbmirror.processor.diagnostics.Message;
import dev.dbmirror.processor.diagnostics.Reporter;
import dev.dbmirror.processor.javatype.JavaNames;
import dev.dbmirror.processor.javatype.JavaType;
import dev.dbmirror.processor.javatype.TypeText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The {@code -Adbmirror.*} options, parsed and checked on their own: syntax, and whether each value is
 * a legal Java type or name. Whether their keys name anything in the mirror is the validate stage's
 * job. List options are {@code key=value} entries separated by {@code ;} (a comma would clash with
 * {@code numeric(12,2)}).
 *
 * @param mirror          {@code -Adbmirror.mirror}: the mirror file, absolute or relative to the base directory
 * @param basedir         {@code -Adbmirror.basedir}: the module directory the annotation's path is relative to
 * @param typeOverrides   {@code -Adbmirror.typeOverrides}: database type, {@linkplain TypeText#normalized
 *                        normalized} → its override
 * @param columnOverrides {@code -Adbmirror.columnOverrides}: {@code schema.table.column} → its override
 * @param tableNames      {@code -Adbmirror.tableNames}: {@code schema.name} of a table, view or enum → Java type name
 * @param columnNames     {@code -Adbmirror.columnNames}: {@code schema.table.column} → record component name
 * @param singularize     {@code -Adbmirror.singularize}: overrides {@code @DbMirror(singularize = …)} when present
 * @param timing          {@code -Adbmirror.timing}: print the processor's own time as a note
 * @param strictTypes     {@code -Adbmirror.strictTypes}: a type the catalog does not know is an error, not a String
 */
public record ProcessorOptions(Optional<String> mirror, Optional<String> basedir,
                               Map<String, TypeOverride> typeOverrides, Map<String, TypeOverride> columnOverrides,
                               Map<String, String> tableNames,
                               Map<String, String> columnNames, Optional<Boolean> singularize, boolean timing,
                               boolean strictTypes) {

    public static final String PREFIX = "dbmirror.";

    /** Every option name, as javac wants them from {@code getSupportedOptions()}. */
    public static final Set<String> NAMES = Collections.unmodifiableSet(new TreeSet<>(Set.of(
            PREFIX + "mirror", PREFIX + "basedir", PREFIX + "typeOverrides", PREFIX + "columnOverrides",
            PREFIX + "tableNames", PREFIX + "columnNames", PREFIX + "singularize", PREFIX + "timing",
            PREFIX + "strictTypes")));

    private static final String JAVA_TYPE =
            "a primitive, a qualified class name or a class of java.lang, e.g. com.acme.Email or String";
    private static final String TYPE_NAME = "a Java identifier that is not a keyword, e.g. LineItem";
    private static final String MEMBER_NAME =
            "a Java identifier that is neither a keyword nor an Object method, e.g. emailAddress";

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
                javaTypes(raw, "typeOverrides", "<database type>=<java type>", TypeText::normalized, reporter),
                javaTypes(raw, "columnOverrides", "<schema.table.column>=<java type>", UnaryOperator.identity(), reporter),
                names(raw, "tableNames", "<schema.name>=<JavaName>", JavaNames::isLegalTypeName, TYPE_NAME, reporter),
                names(raw, "columnNames", "<schema.table.column>=<javaName>", JavaNames::isLegalMemberName, MEMBER_NAME,
                        reporter),
                flag(raw, "singularize", reporter),
                flag(raw, "timing", reporter).orElse(false),
                flag(raw, "strictTypes", reporter).orElse(false));
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

    /** One entry, split: its key as written and its value. */
    private record Entry(String key, String value) {
    }

    /**
     * The {@code key=value} entries of a list option by their key as matched ({@code matchKey}: type keys
     * in lower case, so that {@code JSONB} and {@code jsonb} are the same key given twice).
     */
    private static Map<String, Entry> entries(Map<String, String> raw, String name, String form,
                                              UnaryOperator<String> matchKey, Reporter reporter) {
        Map<String, Entry> entries = new LinkedHashMap<>();
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
            } else if (entries.putIfAbsent(matchKey.apply(key), new Entry(key, target)) != null) {
                reporter.report(Message.BAD_OPTION, name, "\"" + key + "\" is given twice", form);
            }
        }
        return entries;
    }

    /** Entries whose value is a Java type, parsed; any other value is reported. */
    private static Map<String, TypeOverride> javaTypes(Map<String, String> raw, String name, String form,
                                                       UnaryOperator<String> matchKey, Reporter reporter) {
        Map<String, TypeOverride> overrides = new LinkedHashMap<>();
        entries(raw, name, form, matchKey, reporter).forEach((matched, entry) -> JavaType.parse(entry.value()).ifPresentOrElse(
                type -> overrides.put(matched, new TypeOverride(entry.key(), entry.value(), type)),
                () -> reportIllegal(name, entry, JAVA_TYPE, reporter)));
        return overrides;
    }

    /** Entries whose value is a legal Java name; any other value is reported. */
    private static Map<String, String> names(Map<String, String> raw, String name, String form,
                                             Predicate<String> legal, String legalForm, Reporter reporter) {
        Map<String, String> names = new LinkedHashMap<>();
        entries(raw, name, form, UnaryOperator.identity(), reporter).forEach((matched, entry) -> {
            if (legal.test(entry.value())) {
                names.put(matched, entry.value());
            } else {
                reportIllegal(name, entry, legalForm, reporter);
            }
        });
        return names;
    }

    private static void reportIllegal(String name, Entry entry, String legalForm, Reporter reporter) {
        reporter.report(Message.BAD_OPTION, name,
                "\"" + entry.value() + "\" (for " + entry.key() + ") is not " + legalForm,
                entry.key() + "=<" + legalForm + ">");
    }
}
