package dev.dbmirror.cli.command;

import dev.dbmirror.schema.diff.MirrorDiff;
import picocli.CommandLine.Option;

/** {@code --format text|json} of verify and diff. */
public final class FormatOption {

    /** The values users type. */
    enum Format {
        text,
        json
    }

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "text for people, json for machines (default: ${DEFAULT-VALUE}).")
    Format format;

    boolean json() {
        return format == Format.json;
    }

    String render(MirrorDiff diff) {
        return json() ? diff.toJson() : diff.toText();
    }
}
