package dev.dbmirror.cli.args;

import dev.dbmirror.schema.text.Suggestions;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Reads a command's arguments against its {@link CommandSpec}. An option's value is written
 * {@code --name=value} or {@code --name value} (a value that starts with {@code --} only in the first
 * form); {@code --} ends the options. With {@code --help} or
 * {@code --version} the required options may be missing.
 */
public final class ArgumentParser {

    private ArgumentParser() {
    }

    public static ParsedArguments parse(CommandSpec spec, List<String> args) throws UsageException {
        IdentityHashMap<Option, List<String>> values = new IdentityHashMap<>();
        List<String> arguments = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                argument(spec, arg, arguments);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
            String name = equals < 0 ? arg : arg.substring(0, equals);
            Option option = spec.option(name);
            if (option == null) {
                throw unknownOption(spec, name);
            }
            String value;
            if (!option.takesValue()) {
                if (equals >= 0) {
                    throw new UsageException("option " + name + " takes no value", null);
                }
                value = "";
            } else if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.size() && !looksLikeOption(spec, args.get(i + 1))) {
                value = args.get(++i);
            } else {
                throw new UsageException("option " + name + " needs a value: " + option.synopsis(), null);
            }
            add(option, value, values);
        }
        if (!values.containsKey(CommandSpec.HELP) && !values.containsKey(CommandSpec.VERSION)) {
            for (Option option : spec.allOptions()) {
                if (option.required() && !values.containsKey(option)) {
                    throw new UsageException("missing required option " + option.synopsis(), null);
                }
            }
        }
        return new ParsedArguments(values, List.copyOf(arguments));
    }

    /** A long option or one of the command's short ones is not taken as the value before it ({@code --url --quiet}). */
    private static boolean looksLikeOption(CommandSpec spec, String arg) {
        return arg.startsWith("--") || spec.option(arg) != null;
    }

    private static void argument(CommandSpec spec, String arg, List<String> arguments) throws UsageException {
        if (arguments.size() == spec.maxArguments()) {
            throw new UsageException("unexpected argument '" + arg + "'", spec.maxArguments() == 0
                    ? "dbmirror " + spec.name() + " takes options only"
                    : "dbmirror " + spec.name() + " takes at most " + spec.maxArguments() + " " + spec.argumentsLabel() + " arguments");
        }
        arguments.add(arg);
    }

    private static void add(Option option, String value, IdentityHashMap<Option, List<String>> values)
            throws UsageException {
        if (!option.choices().isEmpty() && !option.choices().contains(value)) {
            throw new UsageException("option " + option.name() + " must be " + String.join(" or ", option.choices())
                    + ", not '" + value + "'", null);
        }
        List<String> given = values.get(option);
        if (given == null) {
            given = new ArrayList<>();
            values.put(option, given);
        } else if (!option.repeatable()) {
            throw new UsageException("option " + option.name() + " is given more than once", null);
        }
        given.add(value);
    }

    private static UsageException unknownOption(CommandSpec spec, String name) {
        List<String> names = new ArrayList<>();
        for (Option option : spec.allOptions()) {
            names.addAll(option.names());
        }
        return new UsageException("unknown option " + name + " for dbmirror " + spec.name(),
                Suggestions.closest(name, names).map(c -> "Did you mean " + c + "?").orElse(null));
    }
}
