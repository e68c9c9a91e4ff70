package dev.dbmirror.cli.command;

import dev.dbmirror.cli.Session;
import dev.dbmirror.cli.project.Mode;
import dev.dbmirror.cli.project.Permission;
import dev.dbmirror.cli.report.StatusReport;
import dev.dbmirror.cli.report.StatusReport.Direction;
import dev.dbmirror.schema.diff.MirrorDiff;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Source;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code dbmirror status}: per table, how the mirror stands against the live database. */
@Command(name = "status",
        description = "Per table, how the mirror stands against the live database: ✓ current, + new in the database,"
                + " ~ changed, ⚠ orphaned (in the mirror, gone from the database).",
        footer = {"", "In repository mode (db/config/dbmirror.json) the mirror leads: + in the mirror, not yet in the"
                + " database; ⚠ in the database, not in the mirror.", "", "Exit codes: 0 every table current, 1 error, 2 some table new, changed or orphaned."})
public final class StatusCommand extends LiveDatabaseCommand {

    public StatusCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Mirror committed = mirror.existing(session.environment()).map(MirrorOption::load).orElse(null);
        Mirror live = connection.pull(session, output.progress(session),
                committed != null ? committed.source().schemas() : List.of(), Permission.DIRECT_QUERIES);
        Mirror before = committed != null ? committed
                : new Mirror(Mirror.FORMAT, new Source(Source.GENERIC, null, List.of()), List.of(), List.of(), List.of());
        boolean repository = ModeCheck.mode(session) == Mode.REPOSITORY;
        MirrorDiff diff = repository ? MirrorDiff.between(live, before) : MirrorDiff.between(before, live);
        session.out().print(output.json() ? diff.toJson()
                : StatusReport.render(diff, repository ? Direction.REPOSITORY_LEADS : Direction.DATABASE_LEADS));
        return diff.isEmpty() ? ExitCodes.OK : ExitCodes.DIFFERENT;
    }
}
