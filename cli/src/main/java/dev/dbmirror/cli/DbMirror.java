package dev.dbmirror.cli;

import dev.dbmirror.cli.args.ArgumentParser;
import dev.dbmirror.cli.args.CommandSpec;
import dev.dbmirror.cli.args.HelpText;
import dev.dbmirror.cli.args.ParsedArguments;
import dev.dbmirror.cli.args.UsageException;
import dev.dbmirror.cli.command.DiffCommand;
import dev.dbmirror.cli.command.ExitCodes;
import dev.dbmirror.cli.command.OutputOptions;
import dev.dbmirror.cli.command.PullCommand;
import dev.dbmirror.cli.command.StatusCommand;
import dev.dbmirror.cli.command.VerifyCommand;
import dev.dbmirror.schema.text.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** The {@code dbmirror} command: finds the subcommand, parses its arguments, runs it, and turns failures into one line and an exit code. */
public final class DbMirror {

    static final String VERSION = "dbmirror 0.1.0";

    private static final String PROGRAM = "dbmirror";

    /** The subcommands, in the order the help lists them. */
    private static final List<CommandSpec> COMMANDS =
            List.of(PullCommand.SPEC, VerifyCommand.SPEC, DiffCommand.SPEC, StatusCommand.SPEC);

    private DbMirror() {
    }

    /** Runs one command line and returns its exit code; never calls {@code System.exit}. */
    public static int run(String[] args, Session session) {
        int code = dispatch(args, session);
        session.out().flush();
        session.err().flush();
        return code;
    }

    private static int dispatch(String[] args, Session session) {
        if (args.length == 0) {
            session.err().print(programHelp());
            return ExitCodes.ERROR;
        }
        String name = args[0];
        if (CommandSpec.HELP.names().contains(name)) {
            session.out().print(programHelp());
            return ExitCodes.OK;
        }
        if (CommandSpec.VERSION.names().contains(name)) {
            session.out().println(VERSION);
            return ExitCodes.OK;
        }
        CommandSpec spec = command(name);
        if (spec == null) {
            return usageError(unknownCommand(name), PROGRAM, session);
        }
        ParsedArguments parsed;
        try {
            parsed = ArgumentParser.parse(spec, List.of(args).subList(1, args.length));
        } catch (UsageException e) {
            return usageError(e, PROGRAM + " " + spec.name(), session);
        }
        if (parsed.has(CommandSpec.HELP)) {
            session.out().print(HelpText.of(PROGRAM, spec));
            return ExitCodes.OK;
        }
        if (parsed.has(CommandSpec.VERSION)) {
            session.out().println(VERSION);
            return ExitCodes.OK;
        }
        try {
            return create(spec, session, parsed).call();
        } catch (Exception e) {
            return fail(e, parsed.has(OutputOptions.VERBOSE), session);
        }
    }

    private static CommandSpec command(String name) {
        for (CommandSpec spec : COMMANDS) {
            if (spec.name().equals(name)) {
                return spec;
            }
        }
        return null;
    }

    private static Callable<Integer> create(CommandSpec spec, Session session, ParsedArguments args) {
        return switch (spec.name()) {
            case "pull" -> new PullCommand(session, args);
            case "verify" -> new VerifyCommand(session, args);
            case "diff" -> new DiffCommand(session, args);
            case "status" -> new StatusCommand(session, args);
            default -> throw new IllegalStateException("no command " + spec.name());
        };
    }

    private static UsageException unknownCommand(String name) {
        if (name.startsWith("-")) {
            return new UsageException("unknown option " + name,
                    "Options follow the command: " + PROGRAM + " COMMAND [OPTIONS]");
        }
        List<String> names = new ArrayList<>();
        for (CommandSpec spec : COMMANDS) {
            names.add(spec.name());
        }
        return new UsageException("unknown command '" + name + "'",
                Suggestions.closest(name, names).map(c -> "Did you mean: " + PROGRAM + " " + c + "?").orElse(null));
    }

    private static int usageError(UsageException e, String command, Session session) {
        session.err().println(PROGRAM + ": " + e.getMessage());
        if (e.hint() != null) {
            session.err().println(e.hint());
        }
        session.err().println("Run `" + command + " --help` for usage.");
        return ExitCodes.ERROR;
    }

    private static String programHelp() {
        return HelpText.ofProgram(PROGRAM,
                List.of("Keep a committed, deterministic mirror of a database schema (tables.json)."), COMMANDS,
                List.of("Run `dbmirror COMMAND --help` for the options of a command.",
                        "Exit codes: 0 done / in sync, 1 error, 2 drift or difference found."));
    }

    private static int fail(Exception e, boolean verbose, Session session) {
        if (e instanceof CliException failure) {
            session.err().println("dbmirror: error: " + failure.getMessage());
            if (verbose && failure.detail() != null) {
                session.err().println(failure.detail());
            }
        } else {
            session.err().println("dbmirror: unexpected failure: " + e);
            if (verbose) {
                for (StackTraceElement frame : e.getStackTrace()) {
                    session.err().println("    at " + frame);
                }
            }
        }
        return ExitCodes.ERROR;
    }
}
