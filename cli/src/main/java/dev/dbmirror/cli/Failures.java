package dev.dbmirror.cli;

import dev.dbmirror.cli.command.ExitCodes;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * A command that failed: one line on stderr and exit code 1. With {@code --verbose}, a
 * {@link CliException}'s detail follows, or an unexpected exception's stack trace.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        boolean verbose = verbose(parsed);
        if (e instanceof CliException failure) {
            err.println("dbmirror: error: " + failure.getMessage());
            if (verbose && failure.detail() != null) {
                err.println(failure.detail());
            }
        } else {
            err.println("dbmirror: unexpected failure: " + e);
            if (verbose) {
                for (StackTraceElement frame : e.getStackTrace()) {
                    err.println("    at " + frame);
                }
            }
        }
        return ExitCodes.ERROR;
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult result = parsed; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
