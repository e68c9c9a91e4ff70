package dev.dbmirror.cli.args;

import java.util.ArrayList;
import java.util.List;

/**
 * What a command accepts and how its help reads: name, description, options, positional arguments
 * and footer. Every command also takes {@link #HELP} and {@link #VERSION}.
 */
public final class CommandSpec {

    public static final Option HELP = Option.flag("Show this help and exit.", "-h", "--help");
    public static final Option VERSION = Option.flag("Print the version and exit.", "-V", "--version");

    private final String name;
    private final List<String> description;
    private final List<Option> options;
    private final String argumentsLabel;
    private final String argumentsDescription;
    private final int maxArguments;
    private final List<String> footer;

    private CommandSpec(String name, List<String> description, List<Option> options, String argumentsLabel,
                        String argumentsDescription, int maxArguments, List<String> footer) {
        this.name = name;
        this.description = description;
        this.options = options;
        this.argumentsLabel = argumentsLabel;
        this.argumentsDescription = argumentsDescription;
        this.maxArguments = maxArguments;
        this.footer = footer;
    }

    /** A command with these description lines and no options or arguments yet. */
    public static CommandSpec named(String name, String... description) {
        return new CommandSpec(name, List.of(description), List.of(HELP, VERSION), null, null, 0, List.of());
    }

    /** Adds options; the help lists them in the order added, before help and version. */
    public CommandSpec options(List<Option> more) {
        List<Option> all = new ArrayList<>(options.subList(0, options.size() - 2));
        all.addAll(more);
        all.add(HELP);
        all.add(VERSION);
        return new CommandSpec(name, description, List.copyOf(all), argumentsLabel, argumentsDescription,
                maxArguments, footer);
    }

    /** Accepts up to {@code max} positional arguments, each shown as {@code label}. */
    public CommandSpec arguments(String label, int max, String argumentDescription) {
        return new CommandSpec(name, description, options, label, argumentDescription, max, footer);
    }

    public CommandSpec footer(String... lines) {
        return new CommandSpec(name, description, options, argumentsLabel, argumentsDescription, maxArguments,
                List.of(lines));
    }

    public String name() {
        return name;
    }

    public List<String> description() {
        return description;
    }

    public List<Option> options() {
        return options;
    }

    public String argumentsLabel() {
        return argumentsLabel;
    }

    public String argumentsDescription() {
        return argumentsDescription;
    }

    public int maxArguments() {
        return maxArguments;
    }

    public List<String> footer() {
        return footer;
    }

    /** The option with this name, or null. */
    Option option(String optionName) {
        for (Option option : options) {
            if (option.names().contains(optionName)) {
                return option;
            }
        }
        return null;
    }
}
