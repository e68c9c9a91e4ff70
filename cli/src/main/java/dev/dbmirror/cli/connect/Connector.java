package dev.dbmirror.cli.connect;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.Environment;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/** Opens the one connection a command uses; failures become a {@link CliException} free of the password. */
public final class Connector {

    private static final String APPLICATION_NAME = "dbmirror";
    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    private Connector() {
    }

    /**
     * @param user             {@code --user}, or {@code null} for the URL's {@code user} parameter or the OS user
     * @param passwordVariable {@code --password-env}, or {@code null}
     */
    public static Connection open(String urlText, String user, String passwordVariable, Environment env) {
        DatabaseUrl url = DatabaseUrl.parse(urlText);
        String login = user != null ? user : url.userParameter() != null ? url.userParameter()
                : url.isPostgres() ? System.getProperty("user.name") : null;
        Optional<String> password = Credentials.password(url, login, passwordVariable, env);
        Properties properties = new Properties();
        if (login != null) {
            properties.setProperty("user", login);
        }
        password.ifPresent(p -> properties.setProperty("password", p));
        if (url.isPostgres()) {
            properties.setProperty("ApplicationName", APPLICATION_NAME);
            properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        }
        try {
            return DriverManager.getConnection(url.text(), properties);
        } catch (SQLException e) {
            throw DatabaseFailures.connecting(e, login, password.orElse(null));
        }
    }
}
