package dev.dbmirror.cli.args;

import java.util.List;

/**
 * One option a command accepts: a flag ({@code --quiet}) or an option with a value
 * ({@code --url=JDBC_URL} or {@code --url JDBC_URL}). Immutable; the builder-style methods return
 * a changed copy. A plain class rather than a record: a record's generated {@code equals} and
 * {@code hashCode} are linked through method handles on first use, which costs start-up time, and
 * parsed values are looked up by the option itself.
 */
public final class Option {

    private final List<String> names;
    private final String label;
    private final String description;
    private final boolean required;
    private final boolean repeatable;
    private final String defaultValue;
    private final List<String> choices;

    private Option(List<String> names, String label, String description, boolean required, boolean repeatable,
                   String defaultValue, List<String> choices) {
        this.names = names;
        this.label = label;
        this.description = description;
        this.required = required;
        this.repeatable = repeatable;
        this.defaultValue = defaultValue;
        this.choices = choices;
    }

    /** An option that is on or off; the long name comes last, e.g. {@code flag("...", "-q", "--quiet")}. */
    public static Option flag(String description, String... names) {
        return new Option(List.of(names), null, description, false, false, null, List.of());
    }

    /** An option that takes a value, shown as {@code name=label} in the help. */
    public static Option value(String name, String label, String description) {
        return new Option(List.of(name), label, description, false, false, null, List.of());
    }

    public Option required() {
        return new Option(names, label, description, true, repeatable, defaultValue, choices);
    }

    /** May be given more than once; every value is kept, in order. */
    public Option repeatable() {
        return new Option(names, label, description, required, true, defaultValue, choices);
    }

    /** The value when the option is not given; the help shows it. */
    public Option defaultValue(String value) {
        return new Option(names, label, description, required, repeatable, value, choices);
    }

    /** The only values accepted. */
    public Option choices(String... values) {
        return new Option(names, label, description, required, repeatable, defaultValue, List.of(values));
    }

    public List<String> names() {
        return names;
    }

    /** The long name, the one messages use. */
    public String name() {
        return names.get(names.size() - 1);
    }

    public boolean takesValue() {
        return label != null;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isRepeatable() {
        return repeatable;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public List<String> choices() {
        return choices;
    }

    /** How the option is written with its value, e.g. {@code --url=JDBC_URL}; a flag's long name. */
    public String synopsis() {
        return takesValue() ? name() + "=" + label : name();
    }
}
