package dev.dbmirror.cli;

import dev.dbmirror.cli.command.ExitCodes;
import dev.dbmirror.schema.text.Suggestions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli could not read: one line that says what is wrong, a likely fix for a typo,
 * and the {@code --help} to run; exit code 1.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        List<String> unmatched = e.getCommandLine().getUnmatchedArguments();
        if (e instanceof MissingParameterException && !unmatched.isEmpty()) {
            // picocli checks required options before it reports what it could not match: `--colums x` is a typo
            // of the required --columns, which is then missing; the typo says more
            e = new UnmatchedArgumentException(e.getCommandLine(), unmatched);
        }
        CommandSpec command = e.getCommandLine().getCommandSpec();
        PrintWriter err = e.getCommandLine().getErr();
        err.println("dbmirror: " + message(e, command));
        hint(e, command).ifPresent(err::println);
        err.println("Run `" + command.qualifiedName() + " --help` for usage.");
        return ExitCodes.ERROR;
    }

    private static String message(ParameterException e, CommandSpec command) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            String arg = unmatched.getUnmatched().get(0);
            if (unmatched.isUnknownOption()) {
                return "unknown option " + optionName(arg) + (command.parent() == null ? "" : " for " + command.qualifiedName());
            }
            return (command.subcommands().isEmpty() ? "unexpected argument '" : "unknown command '") + arg + "'";
        }
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()
                && missing.getMissing().get(0) instanceof OptionSpec option) {
            String synopsis = option.longestName() + "=" + option.paramLabel();
            // picocli's two cases: a required option not given, or an option given without its value
            return e.getMessage().startsWith("Missing required option") ? "missing required option " + synopsis
                    : "option " + option.longestName() + " needs a value: " + synopsis;
        }
        return e.getMessage();
    }

    private static Optional<String> hint(ParameterException e, CommandSpec command) {
        if (!(e instanceof UnmatchedArgumentException unmatched)) {
            return Optional.empty();
        }
        String arg = unmatched.getUnmatched().get(0);
        if (unmatched.isUnknownOption()) {
            if (command.parent() == null) {
                return Optional.of("Options follow the command: dbmirror COMMAND [OPTIONS]");
            }
            return similarOption(optionName(arg), command, unmatched).map(name -> "Did you mean " + name + "?");
        }
        if (!command.subcommands().isEmpty()) {
            List<String> commands = new ArrayList<>();
            for (String suggestion : unmatched.getSuggestions()) {
                commands.add(command.qualifiedName() + " " + suggestion);
            }
            return commands.isEmpty() ? Optional.empty() : Optional.of("Did you mean: " + String.join(" or ", commands) + "?");
        }
        return command.positionalParameters().isEmpty()
                ? Optional.of(command.qualifiedName() + " takes options only")
                : Optional.empty();
    }

    /**
     * The long option within a couple of typos of {@code name}; else, as picocli suggests, those that
     * start alike ({@code -u}: {@code --url} or {@code --user}). Short options are never suggested:
     * one letter is always within two typos of another.
     */
    private static Optional<String> similarOption(String name, CommandSpec command, UnmatchedArgumentException e) {
        List<String> names = new ArrayList<>();
        for (OptionSpec option : command.options()) {
            names.add(option.longestName());
        }
        Optional<String> closest = Suggestions.closest(name, names);
        if (closest.isPresent()) {
            return closest;
        }
        List<String> alike = e.getSuggestions().stream().filter(names::contains).toList();
        return alike.isEmpty() ? Optional.empty() : Optional.of(String.join(" or ", alike));
    }

    /** {@code --url=x} names {@code --url}. */
    private static String optionName(String arg) {
        int equals = arg.indexOf('=');
        return equals < 0 ? arg : arg.substring(0, equals);
    }
}
