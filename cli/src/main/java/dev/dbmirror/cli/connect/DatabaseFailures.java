package dev.dbmirror.cli.connect;

import dev.dbmirror.cli.CliException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/**
 * Turns driver exceptions into one-line {@link CliException}s. Driver messages are passed through
 * {@link #scrub} so that a password can never reach the output, whatever a driver puts in its text.
 */
public final class DatabaseFailures {

    private static final String REDACTED = "********";
    /** The PostgreSQL driver's state when the server asks for a password and the driver was given none. */
    private static final String NO_PASSWORD_GIVEN = "08004";

    private DatabaseFailures() {
    }

    /** @param found the password the login was tried with, or {@code null} */
    static CliException connecting(SQLException e, String user, Credentials.Password found) {
        String password = found == null ? null : found.value();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String reason = scrub(firstLine(e), password);
        if (state.startsWith("28")) {
            return new CliException("authentication failed for user " + user + "; check the password in "
                    + (found == null ? "DBMIRROR_PASSWORD (or --password-env), PGPASSWORD or ~/.pgpass"
                            : found.source() + ", where it was read from") + " (" + reason + ")",
                    detail(e, password));
        }
        if (password == null && state.equals(NO_PASSWORD_GIVEN)) {
            return new CliException("the server wants a password for user " + user + ", and none was found;"
                    + " set DBMIRROR_PASSWORD or PGPASSWORD (or the variable that --password-env or an environment's"
                    + " \"passwordEnv\" names), or add a line for this database to ~/.pgpass",
                    detail(e, null));
        }
        UnknownHostException unknownHost = cause(e, UnknownHostException.class);
        if (unknownHost != null) {
            return new CliException("cannot connect to the database: unknown host " + unknownHost.getMessage()
                    + "; check the host name in --url (or in PGHOST or the service file)", detail(e, password));
        }
        if (e.getMessage() != null && e.getMessage().startsWith("No suitable driver")) {
            return new CliException("no JDBC driver for this --url; dbmirror ships PostgreSQL, H2 and SQLite drivers");
        }
        if (state.equals("3D000")) {
            return new CliException("the database does not exist: " + reason, detail(e, password));
        }
        return new CliException("cannot connect to the database: " + reason, detail(e, password));
    }

    /** A failure while reading the schema, e.g. a connection killed mid-pull. */
    public static CliException reading(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String reason = firstLine(e);
        if (state.startsWith("08") || state.startsWith("57P")) {
            return new CliException("lost the database connection while reading the schema; nothing was written (" + reason + ")",
                    detail(e, null));
        }
        if (state.equals("42501")) {
            return new CliException("permission denied while reading the schema: " + reason, detail(e, null));
        }
        return new CliException("reading the schema failed: " + reason, detail(e, null));
    }

    /** {@code text} with every occurrence of {@code secret} replaced. */
    public static String scrub(String text, String secret) {
        if (text == null || secret == null || secret.isEmpty()) {
            return text;
        }
        return text.replace(secret, REDACTED);
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String detail(SQLException e, String password) {
        StringBuilder out = new StringBuilder(e.getClass().getName()).append(" SQLState ").append(e.getSQLState());
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            out.append("\ncaused by ").append(cause.getClass().getName()).append(": ").append(scrub(cause.getMessage(), password));
        }
        return out.toString();
    }
}
