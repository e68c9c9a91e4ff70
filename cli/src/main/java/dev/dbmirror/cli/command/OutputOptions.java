package dev.dbmirror.cli.command;

import dev.dbmirror.cli.Session;
import dev.dbmirror.cli.pull.Progress;
import picocli.CommandLine.Option;

/** {@code --quiet} and {@code --verbose}, shared by the commands. */
public final class OutputOptions {

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors and the result a command exists for.")
    boolean quiet;

    /** Read by the entry point when a command fails. */
    @Option(names = "--verbose", description = "On failure, print more detail (never a password).")
    boolean verbose;

    Progress progress(Session session) {
        return quiet ? Progress.SILENT : session.progress();
    }
}
