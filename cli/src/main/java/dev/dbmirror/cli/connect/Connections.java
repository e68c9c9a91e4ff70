package dev.dbmirror.cli.connect;

import dev.dbmirror.cli.Environment;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The connections of one command to one database, from opening to closing: the first, opened at
 * once, and any more a reader asks for ({@link #open()}, e.g. a second reader in the same snapshot),
 * with the same URL and login. {@link #close()} closes every one of them, also after a failure.
 */
public final class Connections implements ConnectionSource, AutoCloseable {

    private final ConnectionTarget target;
    private final String passwordVariable;
    private final Environment environment;
    private final List<Connection> opened = new ArrayList<>();
    private final Connection first;

    private Connections(ConnectionTarget target, String passwordVariable, Environment environment) {
        this.target = target;
        this.passwordVariable = passwordVariable;
        this.environment = environment;
        this.first = open();
    }

    /**
     * Opens the first connection, to the database that {@code --url} and {@code --user} name or,
     * where they are not given, PostgreSQL's conventions ({@link ConnectionTarget}).
     *
     * @param url              {@code --url}, or {@code null}
     * @param user             {@code --user}, or {@code null}
     * @param passwordVariable {@code --password-env}, or {@code null}
     * @throws dev.dbmirror.cli.CliException when it cannot be opened, with a message free of the password
     */
    public static Connections open(String url, String user, String passwordVariable, Environment environment) {
        return new Connections(ConnectionTarget.resolve(url, user, environment), passwordVariable, environment);
    }

    public Connection first() {
        return first;
    }

    /** One more connection, closed with the others. */
    @Override
    public Connection open() {
        Connection connection = Connector.open(target, passwordVariable, environment);
        synchronized (opened) {
            opened.add(connection);
        }
        return connection;
    }

    /** Closes every connection; one that was killed cannot be closed cleanly, which changes nothing for the user. */
    @Override
    public void close() {
        synchronized (opened) {
            for (Connection connection : opened) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    // the command's own outcome is what gets reported
                }
            }
            opened.clear();
        }
    }
}
