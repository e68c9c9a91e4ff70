package dev.dbmirror.cli.args;

import java.util.List;

/**
 * One option a command accepts: a flag ({@code --quiet}, {@code label} null) or an option with a
 * value ({@code --url=JDBC_URL} or {@code --url JDBC_URL}). Parsed values are keyed by the option
 * object itself, so each option is declared once, as a constant beside the code that reads it.
 *
 * @param names        the spellings, the long name last, e.g. {@code -q, --quiet}
 * @param defaultValue the value when the option is not given; the help shows it
 * @param choices      the only values accepted; empty for any
 */
public record Option(List<String> names, String label, String description, boolean required, boolean repeatable,
                     String defaultValue, List<String> choices) {

    /** An option that is on or off. */
    public static Option flag(String description, String... names) {
        return new Option(List.of(names), null, description, false, false, null, List.of());
    }

    /** An option that takes a value, shown as {@code name=label} in the help. */
    public static Option value(String name, String label, String description) {
        return new Option(List.of(name), label, description, false, false, null, List.of());
    }

    public Option asRequired() {
        return new Option(names, label, description, true, repeatable, defaultValue, choices);
    }

    /** May be given more than once; every value is kept, in order. */
    public Option asRepeatable() {
        return new Option(names, label, description, required, true, defaultValue, choices);
    }

    public Option withDefault(String value) {
        return new Option(names, label, description, required, repeatable, value, choices);
    }

    public Option withChoices(String... values) {
        return new Option(names, label, description, required, repeatable, defaultValue, List.of(values));
    }

    /** The long name, the one messages use. */
    public String name() {
        return names.get(names.size() - 1);
    }

    public boolean takesValue() {
        return label != null;
    }

    /** How the option is written with its value, e.g. {@code --url=JDBC_URL}; a flag's long name. */
    public String synopsis() {
        return takesValue() ? name() + "=" + label : name();
    }
}
