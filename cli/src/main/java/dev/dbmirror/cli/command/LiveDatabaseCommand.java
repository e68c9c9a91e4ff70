package dev.dbmirror.cli.command;

import dev.dbmirror.cli.Session;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/** A command that reads the live database and a mirror file: pull, verify, status, migration. */
abstract class LiveDatabaseCommand implements Callable<Integer> {

    final Session session;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    MirrorOption mirror;

    @Mixin
    OutputOptions output;

    LiveDatabaseCommand(Session session) {
        this.session = session;
    }
}
