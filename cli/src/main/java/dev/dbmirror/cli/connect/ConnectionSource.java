package dev.dbmirror.cli.connect;

import java.sql.Connection;

/** Opens one more connection to the database being read, with the same URL and login as the first. */
@FunctionalInterface
public interface ConnectionSource {

    /** @throws dev.dbmirror.cli.CliException when the connection cannot be opened */
    Connection open();
}
