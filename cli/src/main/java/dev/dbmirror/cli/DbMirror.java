package dev.dbmirror.cli;

import dev.dbmirror.cli.command.DiffCommand;
import dev.dbmirror.cli.command.ExitCodes;
import dev.dbmirror.cli.command.PullCommand;
import dev.dbmirror.cli.command.StatusCommand;
import dev.dbmirror.cli.command.VerifyCommand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** The {@code dbmirror} command: its subcommands, and how failures become one line and an exit code. */
@Command(name = "dbmirror", mixinStandardHelpOptions = true, version = "dbmirror 0.1.0",
        description = "Keep a committed, deterministic mirror of a database schema (tables.json).",
        footer = {"", "Exit codes: 0 done / in sync, 1 error, 2 drift or difference found."})
public final class DbMirror implements Callable<Integer> {

    /** The subcommands by name, in the order the usage lists them. */
    private static final Map<String, Function<Session, Callable<Integer>>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("pull", PullCommand::new);
        SUBCOMMANDS.put("verify", VerifyCommand::new);
        SUBCOMMANDS.put("diff", DiffCommand::new);
        SUBCOMMANDS.put("status", StatusCommand::new);
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs one command line and returns its exit code; never calls {@code System.exit}. */
    public static int run(String[] args, Session session) {
        CommandLine commandLine = new CommandLine(new DbMirror());
        // picocli reflects over a subcommand's annotations when it is added, which costs start-up time:
        // a line that names a subcommand gets only that one; anything else (help, a typo) gets them all
        Function<Session, Callable<Integer>> named = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
        for (Function<Session, Callable<Integer>> subcommand : named != null ? List.of(named) : SUBCOMMANDS.values()) {
            commandLine.addSubcommand(subcommand.apply(session));
        }
        commandLine.setOut(session.out())
                .setErr(session.err())
                .setParameterExceptionHandler((e, ignored) -> {
                    session.err().println("dbmirror: " + e.getMessage());
                    if (e instanceof UnmatchedArgumentException unmatched) {
                        UnmatchedArgumentException.printSuggestions(unmatched, session.err());
                    }
                    session.err().println("Run `" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help` for usage.");
                    return ExitCodes.ERROR;
                })
                .setExecutionExceptionHandler((e, commandLine1, parseResult) -> fail(e, verbose(parseResult), session));
        int code = commandLine.execute(args);
        session.out().flush();
        session.err().flush();
        return code;
    }

    /** Without a subcommand: the usage on stderr, and an error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.ERROR;
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

    private static boolean verbose(ParseResult result) {
        for (ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
