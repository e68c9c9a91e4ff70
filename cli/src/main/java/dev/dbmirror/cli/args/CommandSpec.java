package dev.dbmirror.cli.args;

import java.util.ArrayList;
import java.util.List;

/**
 * What a command accepts and how its help reads: name, description, its own options, positional
 * arguments and footer. Every command also takes {@link #HELP} and {@link #VERSION} ({@link #allOptions()}).
 *
 * @param maxArguments how many positional arguments it takes, each shown as {@code argumentsLabel}
 */
public record CommandSpec(String name, List<String> description, List<Option> options, String argumentsLabel,
                          String argumentsDescription, int maxArguments, List<String> footer) {

    public static final Option HELP = Option.flag("Show this help and exit.", "-h", "--help");
    public static final Option VERSION = Option.flag("Print the version and exit.", "-V", "--version");

    /** A command with these description lines and no options or arguments yet. */
    public static CommandSpec named(String name, String... description) {
        return new CommandSpec(name, List.of(description), List.of(), null, null, 0, List.of());
    }

    /** Adds options; the help lists them in the order added. */
    public CommandSpec withOptions(List<Option> more) {
        List<Option> all = new ArrayList<>(options);
        all.addAll(more);
        return new CommandSpec(name, description, List.copyOf(all), argumentsLabel, argumentsDescription,
                maxArguments, footer);
    }

    /** Accepts up to {@code max} positional arguments, each shown as {@code label}. */
    public CommandSpec withArguments(String label, int max, String argumentDescription) {
        return new CommandSpec(name, description, options, label, argumentDescription, max, footer);
    }

    public CommandSpec withFooter(String... lines) {
        return new CommandSpec(name, description, options, argumentsLabel, argumentsDescription, maxArguments,
                List.of(lines));
    }

    /** The command's own options, then help and version. */
    public List<Option> allOptions() {
        List<Option> all = new ArrayList<>(options);
        all.add(HELP);
        all.add(VERSION);
        return all;
    }

    /** The option with this name, or null. */
    Option option(String optionName) {
        for (Option option : allOptions()) {
            if (option.names().contains(optionName)) {
                return option;
            }
        }
        return null;
    }
}
