package dev.dbmirror.cli.args;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The options and positional arguments of one command line, as {@link ArgumentParser} read them. */
public final class ParsedArguments {

    private final Map<Option, List<String>> values;
    private final List<String> arguments;

    ParsedArguments(IdentityHashMap<Option, List<String>> values, List<String> arguments) {
        this.values = values;
        this.arguments = arguments;
    }

    /** Whether the option was given. */
    public boolean has(Option option) {
        return values.containsKey(option);
    }

    /** The option's value: the last one given, else its default (null if it has none). */
    public String value(Option option) {
        List<String> given = values.get(option);
        return given != null ? given.get(given.size() - 1) : option.defaultValue();
    }

    /** Every value of a repeatable option, in the order given; empty when it was not given. */
    public List<String> values(Option option) {
        return values.getOrDefault(option, List.of());
    }

    /** The positional arguments, in order. */
    public List<String> arguments() {
        return arguments;
    }
}
