package dev.dbmirror.cli.command;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.Session;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.shorthand.ShorthandException;
import dev.dbmirror.schema.shorthand.ShorthandProblem;
import dev.dbmirror.schema.shorthand.TableAddition;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dbmirror add-table}: a new table, written in the shorthand, added to the mirror (repository mode). */
@Command(name = "add-table",
        // the first line is also the command's summary in `dbmirror --help`: a whole sentence
        description = {"Add a table to the mirror, its columns written in the shorthand (repository mode only).",
                "Example: --columns \"id:uuid=gen_random_uuid():pk,email:string(200):unique,note:text?,owner:uuid:fk>users.id\""},
        footer = {"", "Types: uuid, string, string(n), text, bool, smallint, int, bigint, decimal, decimal(p,s), float, double,"
                + " date, time, timestamp, timestamptz, interval, bytes, json, the mirror's enums; [] for an array.",
                "Flags: ? nullable, =default, pk, unique, fk>table.column, ondelete=no-action|restrict|cascade|set-null|set-default.",
                "", "Exit codes: 0 added, 1 error (the mirror is left as it was)."})
public final class AddTableCommand implements Callable<Integer> {

    private final Session session;

    @Option(names = "--name", required = true, paramLabel = "[SCHEMA.]TABLE",
            description = "The new table's name, optionally with its schema (default schema: public).")
    String name;

    @Option(names = "--columns", required = true, paramLabel = "SHORTHAND",
            description = "The columns, comma-separated name:type[?][=default][:flag…] items.")
    String columns;

    @Option(names = "--comment", paramLabel = "TEXT", description = "The table's comment.")
    String comment;

    @Mixin
    MirrorOption mirror;

    @Mixin
    OutputOptions output;

    public AddTableCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        ModeCheck.requireRepositoryMode(session, "add-table changes the mirror");
        Path file = mirror.forReading(session.environment());
        Mirror current = MirrorOption.load(file);
        int dot = name.indexOf('.');
        String schema = dot < 0 ? ConnectionOptions.DEFAULT_SCHEMA : name.substring(0, dot);
        String table = name.substring(dot + 1);
        Mirror added;
        try {
            added = TableAddition.add(current, schema, table, comment, columns);
        } catch (ShorthandException e) {
            throw new CliException(e.problems().stream().map(AddTableCommand::describe).collect(Collectors.joining("\n")));
        }
        MirrorOption.save(file, added, session, output, " (added " + schema + "." + table + ")");
        return ExitCodes.OK;
    }

    private static String describe(ShorthandProblem problem) {
        return (problem.item() == 0 ? "--name " : "--columns ") + problem.render();
    }
}
