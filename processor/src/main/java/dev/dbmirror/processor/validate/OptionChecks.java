package dev.dbmirror.processor.validate;

import dev.dbmirror.processor.diagnostics.Message;
import dev.dbmirror.processor.diagnostics.Reporter;
import dev.dbmirror.processor.javatype.TypeText;
import dev.dbmirror.processor.load.LoadedMirror;
import dev.dbmirror.processor.options.ProcessorOptions;
import dev.dbmirror.processor.options.TypeOverride;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Table;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Checks the keys of the overrides against the mirror: an override that matches nothing is a warning,
 * not an error, since tables and columns come and go in a database-first project, and the warning
 * still tells whoever renamed a column that its override no longer applies. The values were
 * checked when the options were parsed; the schema module's own validation ran in the load stage.
 */
public final class OptionChecks {

    private final LoadedMirror loaded;
    private final Reporter reporter;

    private OptionChecks(LoadedMirror loaded, Reporter reporter) {
        this.loaded = loaded;
        this.reporter = reporter;
    }

    /** Warns about every override whose key names nothing in the mirror. */
    public static void warnAboutUnmatched(LoadedMirror loaded, ProcessorOptions options, Reporter reporter) {
        if (options.typeOverrides().isEmpty() && options.columnOverrides().isEmpty() && options.tableNames().isEmpty()
                && options.columnNames().isEmpty()) {
            // nothing to look up: spare indexing every column of a big mirror
            return;
        }
        OptionChecks checks = new OptionChecks(loaded, reporter);
        Mirror mirror = loaded.mirror();
        Set<String> columns = new HashSet<>();
        Set<String> relations = new HashSet<>();
        Set<String> types = new HashSet<>();
        for (Table table : mirror.tables()) {
            relations.add(table.qualifiedName());
            table.columns().forEach(column -> {
                columns.add(table.qualifiedName() + "." + column.name());
                addTypeForms(column.type(), types);
            });
        }
        mirror.enums().forEach(type -> relations.add(type.qualifiedName()));
        mirror.domains().forEach(domain -> addTypeForms(domain.type(), types));

        checks.typeOverrides(options.typeOverrides(), types, Message.TYPE_OVERRIDE_UNUSED);
        checks.typeOverrides(options.columnOverrides(), columns, Message.COLUMN_OVERRIDE_UNUSED);
        checks.names(options.tableNames(), relations, Message.TABLE_NAME_UNUSED);
        checks.names(options.columnNames(), columns, Message.COLUMN_NAME_UNUSED);
    }

    /** Enums and domains count by their own name, so {@code public.email=com.acme.Email} matches a domain column. */
    private static void addTypeForms(String type, Set<String> types) {
        types.addAll(TypeText.forms(type));
        if (TypeText.isArray(type)) {
            addTypeForms(TypeText.elementOf(type), types);
        }
    }

    /** @param overrides by the key they are matched with, as {@link ProcessorOptions} has them */
    private void typeOverrides(Map<String, TypeOverride> overrides, Set<String> keys, Message unmatched) {
        overrides.forEach((key, override) -> {
            if (!keys.contains(key)) {
                reporter.report(unmatched, loaded.file(), override.key(), override.value());
            }
        });
    }

    private void names(Map<String, String> names, Set<String> keys, Message unmatched) {
        names.forEach((key, name) -> {
            if (!keys.contains(key)) {
                reporter.report(unmatched, loaded.file(), key, name);
            }
        });
    }
}
