package dev.dbmirror.cli.connect;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.Environment;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The database to connect to and the user to log in as. {@code --url} and {@code --user} win;
 * what they leave open comes from PostgreSQL's own conventions, in libpq's order: the service named
 * by {@code PGSERVICE} in the service file, then {@code PGHOST}, {@code PGPORT}, {@code PGDATABASE}
 * and {@code PGUSER}, then libpq's defaults (port 5432, the database named after the user, the OS
 * user). A password in a service file is not read: use the password sources of {@link Credentials}.
 *
 * @param user the login, or {@code null} for a non-PostgreSQL URL without one
 */
public record ConnectionTarget(DatabaseUrl url, String user) {

    static final String NO_DATABASE = "no database given; pass --url jdbc:postgresql://host:5432/dbname,"
            + " or set PGHOST and PGDATABASE (or PGSERVICE) as for psql";
    private static final int DEFAULT_PORT = 5432;

    /**
     * @param urlOption  {@code --url}, or {@code null}
     * @param userOption {@code --user}, or {@code null}
     */
    public static ConnectionTarget resolve(String urlOption, String userOption, Environment env) {
        if (urlOption != null) {
            DatabaseUrl url = DatabaseUrl.parse(urlOption);
            String user = first(userOption, url.userParameter());
            return new ConnectionTarget(url, user == null && url.isPostgres() ? defaultUser(env) : user);
        }
        String serviceName = env.variable("PGSERVICE");
        Map<String, String> service = serviceName == null ? Map.of() : ServiceFile.service(serviceName, env);
        String host = first(service.get("host"), env.variable("PGHOST"));
        String port = first(service.get("port"), env.variable("PGPORT"));
        String database = first(service.get("dbname"), env.variable("PGDATABASE"));
        if (serviceName == null && host == null && port == null && database == null) {
            throw new CliException(NO_DATABASE);
        }
        String user = first(userOption, service.get("user"), defaultUser(env));
        String url = "jdbc:postgresql://" + addresses(host, port) + "/"
                + URLEncoder.encode(database != null ? database : user, StandardCharsets.UTF_8);
        return new ConnectionTarget(DatabaseUrl.parse(url), user);
    }

    /** {@code PGUSER}, else the OS user, as libpq does. */
    private static String defaultUser(Environment env) {
        return first(env.variable("PGUSER"), System.getProperty("user.name"));
    }

    /** {@code host:port} for each host of a comma-separated list (libpq's multi-host form), with one port for all or one each. */
    private static String addresses(String hosts, String ports) {
        String[] hostList = (hosts == null || hosts.isEmpty() ? "localhost" : hosts).split(",", -1);
        String[] portList = (ports == null || ports.isEmpty() ? Integer.toString(DEFAULT_PORT) : ports).split(",", -1);
        if (portList.length != 1 && portList.length != hostList.length) {
            throw new CliException("PGPORT lists " + portList.length + " ports for " + hostList.length
                    + " hosts in PGHOST; give one port, or one per host");
        }
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < hostList.length; i++) {
            String host = hostList[i].strip();
            if (host.startsWith("/")) {
                throw new CliException("PGHOST names the socket folder " + host + ", but dbmirror connects over TCP;"
                        + " set PGHOST to a host name, e.g. localhost");
            }
            String port = portList[portList.length == 1 ? 0 : i].strip();
            addresses.add((host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port);
        }
        return String.join(",", addresses);
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isEmpty()) {
                return candidate;
            }
        }
        return null;
    }
}
