package dev.dbmirror.cli.connect;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.Environment;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the password for a connection, in this order: the variable named by {@code --password-env}
 * (default {@code DBMIRROR_PASSWORD}), {@code PGPASSWORD}, then for PostgreSQL the password file
 * ({@code PGPASSFILE}, else {@code ~/.pgpass}). The password is only ever handed to the driver.
 */
public final class Credentials {

    public static final String DEFAULT_PASSWORD_VARIABLE = "DBMIRROR_PASSWORD";
    static final String LIBPQ_PASSWORD_VARIABLE = "PGPASSWORD";
    static final String LIBPQ_PASSWORD_FILE_VARIABLE = "PGPASSFILE";

    private Credentials() {
    }

    /**
     * A password and where it was found ({@code DEV_DB_PASSWORD}, {@code ~/.pgpass}), so that a failed login can say
     * where to correct it.
     */
    public record Password(String value, String source) {

        /** Never the password itself. */
        @Override
        public String toString() {
            return "password from " + source;
        }
    }

    /**
     * @param passwordVariable the {@code --password-env} value, {@code null} when not given
     * @param user             the user the connection will log in as
     */
    public static Optional<Password> password(DatabaseUrl url, String user, String passwordVariable, Environment env) {
        if (passwordVariable != null) {
            String explicit = env.variable(passwordVariable);
            if (explicit == null) {
                throw new CliException("--password-env names " + passwordVariable + ", which is not set; export it or drop the option");
            }
            return Optional.of(new Password(explicit, passwordVariable));
        }
        for (String name : new String[] {DEFAULT_PASSWORD_VARIABLE, LIBPQ_PASSWORD_VARIABLE}) {
            String value = env.variable(name);
            if (value != null) {
                return Optional.of(new Password(value, name));
            }
        }
        if (!url.isPostgres() || user == null) {
            return Optional.empty();
        }
        String file = env.variable(LIBPQ_PASSWORD_FILE_VARIABLE);
        Path path = file != null ? Path.of(file) : env.home().resolve(".pgpass");
        return PgPass.read(path).password(url.host(), url.port(), url.database().isEmpty() ? user : url.database(), user)
                .map(value -> new Password(value, file != null ? file : "~/.pgpass"));
    }
}
