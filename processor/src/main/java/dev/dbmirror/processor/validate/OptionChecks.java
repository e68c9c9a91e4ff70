package dev.dbmirror.processor.validate;

import dev.dbmirror.processor.diagnostics.Message;
import dev.dbmirror.processor.diagnostics.Reporter;
import dev.dbmirror.processor.load.LoadedMirror;
import dev.dbmirror.processor.options.ProcessorOptions;
import dev.dbmirror.processor.plan.JavaNames;
import dev.dbmirror.processor.plan.JavaType;
import dev.dbmirror.processor.plan.TypeText;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Table;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks the overrides against the mirror and against Java before planning: every key must name
 * something the mirror has (an override that matches nothing is an error, so that a renamed column
 * does not silently lose its override) and every value must be a legal Java type or name.
 * The schema module's own validation ran in the load stage.
 */
public final class OptionChecks {

    private final LoadedMirror loaded;
    private final Reporter reporter;

    private OptionChecks(LoadedMirror loaded, Reporter reporter) {
        this.loaded = loaded;
        this.reporter = reporter;
    }

    /** Reports every problem; returns whether there was none. */
    public static boolean check(LoadedMirror loaded, ProcessorOptions options, Reporter reporter) {
        if (options.typeOverrides().isEmpty() && options.columnOverrides().isEmpty() && options.tableNames().isEmpty()
                && options.columnNames().isEmpty()) {
            // nothing to look up: spare indexing every column of a big mirror
            return !reporter.hasErrors();
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

        boolean clean = !reporter.hasErrors();
        clean &= checks.entries("typeOverrides", options.typeOverrides(),
                key -> types.contains(key.trim().toLowerCase(Locale.ROOT)), Message.TYPE_OVERRIDE_UNUSED,
                value -> JavaType.parse(value).isPresent(), "a primitive or a qualified class name, e.g. com.acme.Email");
        clean &= checks.entries("columnOverrides", options.columnOverrides(), columns::contains,
                Message.COLUMN_OVERRIDE_UNUSED,
                value -> JavaType.parse(value).isPresent(), "a primitive or a qualified class name, e.g. com.acme.Email");
        clean &= checks.entries("tableNames", options.tableNames(), relations::contains, Message.TABLE_NAME_UNUSED,
                JavaNames::isLegalTypeName, "a Java identifier that is not a keyword, e.g. LineItem");
        clean &= checks.entries("columnNames", options.columnNames(), columns::contains, Message.COLUMN_NAME_UNUSED,
                JavaNames::isLegalMemberName, "a Java identifier that is neither a keyword nor an Object method, e.g. emailAddress");
        return clean;
    }

    /** Enums and domains count by their own name, so {@code public.email=com.acme.Email} matches a domain column. */
    private static void addTypeForms(String type, Set<String> types) {
        types.addAll(TypeText.forms(type));
        if (TypeText.isArray(type)) {
            addTypeForms(TypeText.elementOf(type), types);
        }
    }

    private boolean entries(String option, Map<String, String> entries, Predicate<String> keyExists, Message unused,
                            Predicate<String> legalValue, String legalForm) {
        boolean clean = true;
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            if (!legalValue.test(entry.getValue())) {
                reporter.report(Message.BAD_OPTION, option,
                        "\"" + entry.getValue() + "\" (for " + entry.getKey() + ") is not " + legalForm,
                        entry.getKey() + "=<" + legalForm + ">");
                clean = false;
            }
            if (!keyExists.test(entry.getKey())) {
                reporter.report(unused, loaded.file(), entry.getKey(), entry.getValue());
                clean = false;
            }
        }
        return clean;
    }
}
