package dev.dbmirror.cli.command;

import dev.dbmirror.cli.Session;
import dev.dbmirror.cli.args.Option;
import dev.dbmirror.cli.args.ParsedArguments;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** A command that reads the live database and a mirror file: pull, verify, status. */
abstract class LiveDatabaseCommand implements Callable<Integer> {

    /** The options all three take: connection, {@code --mirror}, output. */
    static final List<Option> OPTIONS = options();

    final Session session;
    final ConnectionOptions connection;
    final MirrorOption mirror;
    final OutputOptions output;

    LiveDatabaseCommand(Session session, ParsedArguments args) {
        this.session = session;
        this.connection = new ConnectionOptions(args);
        this.mirror = new MirrorOption(args);
        this.output = new OutputOptions(args);
    }

    private static List<Option> options() {
        List<Option> options = new ArrayList<>(ConnectionOptions.OPTIONS);
        options.add(MirrorOption.MIRROR);
        options.addAll(OutputOptions.OPTIONS);
        return List.copyOf(options);
    }
}
