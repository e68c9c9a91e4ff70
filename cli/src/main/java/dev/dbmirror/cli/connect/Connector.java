package dev.dbmirror.cli.connect;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.Environment;
import java.sql.Connection;
import java.sql.DriverManager;
import org.postgresql.Driver;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * Opens the one connection a command uses; failures become a {@link CliException} free of the password.
 * A PostgreSQL URL goes straight to its driver: asking {@link DriverManager} would load and register
 * every bundled driver (H2, SQLite) first.
 */
public final class Connector {

    private static final String APPLICATION_NAME = "dbmirror";
    private static final int CONNECT_TIMEOUT_SECONDS = 10;
    /** The catalog queries need 12; knowing it, the driver sends its session settings with the start-up message. */
    private static final String POSTGRES_MIN_VERSION = "12";

    private Connector() {
    }

    /** @param passwordVariable {@code --password-env}, or {@code null} */
    public static Connection open(ConnectionTarget target, String passwordVariable, Environment env) {
        DatabaseUrl url = target.url();
        String login = target.user();
        Optional<Credentials.Password> password = Credentials.password(url, login, passwordVariable, env);
        Properties properties = new Properties();
        if (login != null) {
            properties.setProperty("user", login);
        }
        password.ifPresent(p -> properties.setProperty("password", p.value()));
        if (url.isPostgres()) {
            properties.setProperty("ApplicationName", APPLICATION_NAME);
            properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
            properties.setProperty("assumeMinServerVersion", POSTGRES_MIN_VERSION);
        }
        try {
            return url.isPostgres() ? postgres(url.text(), properties) : DriverManager.getConnection(url.text(), properties);
        } catch (SQLException e) {
            throw DatabaseFailures.connecting(e, login, password.orElse(null));
        }
    }

    /** The driver answers a URL it cannot parse (a bad port, say) with null, where DriverManager throws. */
    private static Connection postgres(String url, Properties properties) throws SQLException {
        Connection connection = new Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("No suitable driver found for this URL", "08001");
        }
        return connection;
    }
}
