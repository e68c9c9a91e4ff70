package dev.dbmirror.cli;

import dev.dbmirror.cli.command.DiffCommand;
import dev.dbmirror.cli.command.ExitCodes;
import dev.dbmirror.cli.command.PullCommand;
import dev.dbmirror.cli.command.StatusCommand;
import dev.dbmirror.cli.command.VerifyCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;

/** The {@code dbmirror} command: its subcommands, and how failures become one line and an exit code. */
@Command(name = "dbmirror", mixinStandardHelpOptions = true, version = "dbmirror 0.1.0",
        description = "Keep a committed, deterministic mirror of a database schema (tables.json).",
        footer = {"", "Exit codes: 0 done / in sync, 1 error, 2 drift or difference found."})
public final class DbMirror implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs one command line and returns its exit code; never calls {@code System.exit}. */
    public static int run(String[] args, Session session) {
        CommandLine commandLine = new CommandLine(new DbMirror())
                .addSubcommand(new PullCommand(session))
                .addSubcommand(new VerifyCommand(session))
                .addSubcommand(new DiffCommand(session))
                .addSubcommand(new StatusCommand(session))
                .setOut(session.out())
                .setErr(session.err())
                .setParameterExceptionHandler((e, ignored) -> {
                    session.err().println("dbmirror: " + e.getMessage());
                    session.err().println("Run `dbmirror " + e.getCommandLine().getCommandName() + " --help` for usage.");
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
