package dev.dbmirror.processor.locate;

import dev.dbmirror.processor.options.ProcessorOptions;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A domain package's mirror as the domain's compile leaves it in its class output, for the adapters of another
 * package or module to find on the class path: the mirror's bytes at {@code <package folder>/dbmirror-tables.json}
 * and the options that shaped the domain's names and types at {@code <package folder>/dbmirror-options}, one
 * {@code name=value} line each, so that the adapters plan exactly the types the domain has.
 * They lie in the package's own folder because javac finds a resource in a jar only in a folder whose name is a
 * Java identifier: {@code META-INF/...} is never found there.
 *
 * @param displayName where the mirror was read from, for diagnostics
 * @param options     {@code dbmirror.*} option name → value, as javac's {@code -A} options give them
 */
public record ExportedMirror(String displayName, byte[] mirror, Map<String, String> options) {

    /** Options that say where the domain's files are or how to report, not what is generated. */
    private static final Set<String> NOT_EXPORTED = Set.of(
            ProcessorOptions.PREFIX + "mirror", ProcessorOptions.PREFIX + "basedir", ProcessorOptions.PREFIX + "timing");

    public ExportedMirror {
        options = Map.copyOf(options);
    }

    /**
     * The mirror of a domain compiled now: its {@code -A} options that shape the generated code, with
     * {@code singularize} as the domain resolved it from option and annotation.
     */
    public static ExportedMirror of(FoundMirror found, Map<String, String> javacOptions, boolean singularize) {
        Map<String, String> options = new TreeMap<>();
        javacOptions.forEach((name, value) -> {
            if (name.startsWith(ProcessorOptions.PREFIX) && !NOT_EXPORTED.contains(name)) {
                options.put(name, value == null ? "" : value);
            }
        });
        options.put(ProcessorOptions.PREFIX + "singularize", Boolean.toString(singularize));
        return new ExportedMirror(found.displayName(), found.bytes(), options);
    }

    public static String mirrorPath(String domainPackage) {
        return packageFolder(domainPackage) + "dbmirror-tables.json";
    }

    public static String optionsPath(String domainPackage) {
        return packageFolder(domainPackage) + "dbmirror-options";
    }

    private static String packageFolder(String domainPackage) {
        return domainPackage.isEmpty() ? "" : domainPackage.replace('.', '/') + "/";
    }

    /** The options file: sorted {@code name=value} lines; a line break in a value (an entry separator) becomes {@code ;}. */
    public byte[] optionsFile() {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(options).forEach((name, value) ->
                out.append(name).append('=').append(value.replace("\r\n", ";").replace('\n', ';').replace('\r', ';'))
                        .append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The options of an options file. */
    public static Map<String, String> parseOptions(byte[] file) {
        Map<String, String> options = new TreeMap<>();
        for (String line : new String(file, StandardCharsets.UTF_8).split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                options.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return options;
    }
}
