package dev.dbmirror.cli.command;

import dev.dbmirror.cli.Session;
import dev.dbmirror.cli.pull.Progress;
import dev.dbmirror.schema.diff.MirrorDiff;
import picocli.CommandLine.Option;

/** {@code --format}, {@code --quiet} and {@code --verbose}: how every command reports, alike. */
public final class OutputOptions {

    /** The values users type. */
    enum Format {
        text,
        json
    }

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "text for people, json for machines (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors and the result a command exists for.")
    boolean quiet;

    /** Read by the entry point when a command fails. */
    @Option(names = "--verbose", description = "On failure, print more detail (never a password).")
    boolean verbose;

    boolean json() {
        return format == Format.json;
    }

    String render(MirrorDiff diff) {
        return json() ? diff.toJson() : diff.toText();
    }

    Progress progress(Session session) {
        return quiet ? Progress.SILENT : session.progress();
    }
}
