package dev.dbmirror.cli.command;

import dev.dbmirror.cli.args.Option;
import dev.dbmirror.cli.args.ParsedArguments;
import dev.dbmirror.schema.diff.MirrorDiff;

/** {@code --format text|json} of verify and diff. */
public final class FormatOption {

    static final Option FORMAT = Option.value("--format", "text|json", "text for people, json for machines (default: text).")
            .withChoices("text", "json").withDefault("text");

    private final boolean json;

    FormatOption(ParsedArguments args) {
        json = args.value(FORMAT).equals("json");
    }

    boolean json() {
        return json;
    }

    String render(MirrorDiff diff) {
        return json() ? diff.toJson() : diff.toText();
    }
}
