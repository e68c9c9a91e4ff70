package dev.dbmirror.cli.pull;

import dev.dbmirror.schema.model.Mirror;
import java.sql.Connection;
import java.sql.SQLException;

/** Reads the structure of a live database into a mirror, in one pass. */
public interface SchemaReader {

    Mirror read(Connection connection, PullRequest request, Progress progress) throws SQLException;
}
