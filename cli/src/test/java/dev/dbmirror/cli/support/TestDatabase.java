package dev.dbmirror.cli.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** A database of the shared test server: run SQL as superuser, and the URL the CLI connects to. */
public record TestDatabase(DataSource superuser, String url, String name) {

    /** Runs statements as the superuser, each on its own. */
    public void sql(String... statements) {
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
