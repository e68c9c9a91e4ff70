package dev.dbmirror.cli.command;

import dev.dbmirror.cli.Session;
import dev.dbmirror.cli.args.CommandSpec;
import dev.dbmirror.cli.args.ParsedArguments;
import dev.dbmirror.schema.diff.MirrorDiff;
import dev.dbmirror.schema.model.Mirror;
import java.util.List;

/** {@code dbmirror verify}: does the committed mirror still match the live database? */
public final class VerifyCommand extends LiveDatabaseCommand {

    public static final CommandSpec SPEC = CommandSpec.named("verify",
                    "Compare the committed mirror with the live database, structurally; writes nothing.")
            .withOptions(OPTIONS)
            .withOptions(List.of(FormatOption.FORMAT))
            .withFooter("Exit codes: 0 in sync, 1 error, 2 drift (the differences are printed, mirror → database).");

    private final FormatOption format;

    public VerifyCommand(Session session, ParsedArguments args) {
        super(session, args);
        format = new FormatOption(args);
    }

    @Override
    public Integer call() {
        Mirror committed = mirror.load();
        Mirror live = connection.pull(session, output.progress(session), committed.source().schemas());
        MirrorDiff diff = MirrorDiff.between(committed, live);
        if (format.json()) {
            session.out().print(format.render(diff));
        } else if (diff.isEmpty()) {
            if (!output.quiet) {
                session.out().println(mirror.file + " is in sync with the database");
            }
        } else {
            session.out().println("drift: the database differs from " + mirror.file + " (run `dbmirror pull` to update it):");
            session.out().print(format.render(diff));
        }
        return diff.isEmpty() ? ExitCodes.OK : ExitCodes.DIFFERENT;
    }
}
