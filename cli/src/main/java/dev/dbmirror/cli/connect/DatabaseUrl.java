package dev.dbmirror.cli.connect;

import dev.dbmirror.cli.CliException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JDBC URL as given with {@code --url}, checked to carry no password. For PostgreSQL URLs the
 * host, port, database and {@code user} parameter are parsed for the password file lookup.
 */
public final class DatabaseUrl {

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)[?&;:]\\s*[a-z]*password\\s*=");
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("//[^/@?;]*:[^/@?;]*@");
    private static final Pattern POSTGRES = Pattern.compile(
            "jdbc:postgresql:(?://(?<hosts>[^/?]*))?/?(?<database>[^?]*)(?:\\?(?<parameters>.*))?");
    private static final int POSTGRES_DEFAULT_PORT = 5432;

    private final String text;

    private DatabaseUrl(String text) {
        this.text = text;
    }

    /** Checks the URL; the message of a refusal never repeats the URL, which may hold a secret. */
    public static DatabaseUrl parse(String text) {
        if (text == null || text.isBlank()) {
            throw new CliException("no database given; pass --url jdbc:postgresql://host:5432/dbname");
        }
        if (!text.startsWith("jdbc:")) {
            throw new CliException("--url must be a JDBC URL starting with jdbc:, e.g. jdbc:postgresql://host:5432/dbname");
        }
        if (holdsPassword(text)) {
            throw new CliException("--url contains a password, which would end up in shell history and logs;"
                    + " remove it from the URL and set it in DBMIRROR_PASSWORD (or --password-env NAME), PGPASSWORD or ~/.pgpass");
        }
        return new DatabaseUrl(text);
    }

    /** Whether the text carries a password: a {@code password=} parameter or {@code user:secret@} before the host. */
    public static boolean holdsPassword(String text) {
        return PASSWORD_PARAMETER.matcher(text).find() || USER_INFO_PASSWORD.matcher(text).find();
    }

    public String text() {
        return text;
    }

    public boolean isPostgres() {
        return text.startsWith("jdbc:postgresql:");
    }

    /** The first host, or {@code localhost}. */
    public String host() {
        String first = firstHost();
        int colon = first.lastIndexOf(':');
        String host = colon >= 0 && !first.endsWith("]") ? first.substring(0, colon) : first;
        return host.isEmpty() ? "localhost" : host.replace("[", "").replace("]", "");
    }

    public int port() {
        String first = firstHost();
        int colon = first.lastIndexOf(':');
        if (colon < 0 || first.endsWith("]")) {
            return POSTGRES_DEFAULT_PORT;
        }
        try {
            return Integer.parseInt(first.substring(colon + 1));
        } catch (NumberFormatException e) {
            return POSTGRES_DEFAULT_PORT;
        }
    }

    /** The database name of a PostgreSQL URL; empty when the URL names none. */
    public String database() {
        Matcher m = postgres();
        return m == null ? "" : m.group("database");
    }

    /** The {@code user} parameter of the URL, or {@code null}. */
    public String userParameter() {
        Matcher m = postgres();
        if (m == null || m.group("parameters") == null) {
            return null;
        }
        for (String pair : m.group("parameters").split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).toLowerCase(Locale.ROOT).equals("user")) {
                return pair.substring(eq + 1);
            }
        }
        return null;
    }

    private String firstHost() {
        Matcher m = postgres();
        String hosts = m == null || m.group("hosts") == null ? "" : m.group("hosts");
        int comma = hosts.indexOf(',');
        return comma < 0 ? hosts : hosts.substring(0, comma);
    }

    private Matcher postgres() {
        Matcher m = POSTGRES.matcher(text);
        return m.matches() ? m : null;
    }
}
