package dev.dbmirror.cli.command;

import dev.dbmirror.cli.Session;
import dev.dbmirror.cli.args.Option;
import dev.dbmirror.cli.args.ParsedArguments;
import dev.dbmirror.cli.pull.Progress;
import java.util.List;

/** {@code --quiet} and {@code --verbose}, shared by the commands. */
public final class OutputOptions {

    static final Option QUIET = Option.flag("Print nothing but errors and the result a command exists for.",
            "-q", "--quiet");
    /** Read by the entry point when a command fails. */
    public static final Option VERBOSE = Option.flag("On failure, print more detail (never a password).", "--verbose");

    static final List<Option> OPTIONS = List.of(QUIET, VERBOSE);

    final boolean quiet;

    OutputOptions(ParsedArguments args) {
        quiet = args.has(QUIET);
    }

    Progress progress(Session session) {
        return quiet ? Progress.SILENT : session.progress();
    }
}
