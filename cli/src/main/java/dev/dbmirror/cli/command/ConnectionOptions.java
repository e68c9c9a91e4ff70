package dev.dbmirror.cli.command;

import dev.dbmirror.cli.Session;
import dev.dbmirror.cli.args.Option;
import dev.dbmirror.cli.args.ParsedArguments;
import dev.dbmirror.cli.connect.Connector;
import dev.dbmirror.cli.connect.EarlyConnection;
import dev.dbmirror.cli.pull.ConnectionSource;
import dev.dbmirror.cli.pull.LiveSchema;
import dev.dbmirror.cli.pull.Progress;
import dev.dbmirror.cli.pull.PullRequest;
import dev.dbmirror.cli.pull.TableFilter;
import dev.dbmirror.schema.model.Mirror;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** How to reach the live database and which part of it to read; shared by pull, verify and status. */
public final class ConnectionOptions {

    static final String DEFAULT_SCHEMA = "public";

    static final Option URL = Option.value("--url", "JDBC_URL",
            "JDBC URL without a password, e.g. jdbc:postgresql://localhost:5432/app.").asRequired();
    static final Option USER = Option.value("--user", "USER",
            "The user to log in as (default: the URL's user parameter, else the OS user).");
    static final Option PASSWORD_ENV = Option.value("--password-env", "NAME",
            "Environment variable holding the password (default: DBMIRROR_PASSWORD, then PGPASSWORD, then ~/.pgpass).");
    static final Option SCHEMA = Option.value("--schema", "SCHEMA",
            "Schema to read; repeatable (default: the mirror's schemas, else public).").asRepeatable();
    static final Option INCLUDE = Option.value("--include", "GLOB",
            "Only tables matching this glob (* and ?; with a dot it matches schema.table); repeatable.").asRepeatable();
    static final Option EXCLUDE = Option.value("--exclude", "GLOB",
            "Leave out tables matching this glob; repeatable.").asRepeatable();

    static final List<Option> OPTIONS = List.of(URL, USER, PASSWORD_ENV, SCHEMA, INCLUDE, EXCLUDE);

    private final String url;
    private final String user;
    private final String passwordVariable;
    private final List<String> schemas;
    private final List<String> includes;
    private final List<String> excludes;

    ConnectionOptions(ParsedArguments args) {
        url = args.value(URL);
        user = args.value(USER);
        passwordVariable = args.value(PASSWORD_ENV);
        schemas = args.values(SCHEMA);
        includes = args.values(INCLUDE);
        excludes = args.values(EXCLUDE);
    }

    /**
     * Reads the live schema. {@code previousSchemas} (those of the existing mirror, possibly empty)
     * apply when {@code --schema} is not given; without either, {@code public}.
     */
    Mirror pull(Session session, Progress progress, List<String> previousSchemas) {
        List<String> wanted = !schemas.isEmpty() ? schemas
                : !previousSchemas.isEmpty() ? previousSchemas : List.of(DEFAULT_SCHEMA);
        PullRequest request = new PullRequest(wanted, new TableFilter(includes, excludes));
        progress.stage("connecting");
        ConnectionSource connections = () -> Connector.open(url, user, passwordVariable, session.environment());
        EarlyConnection early = session.earlyConnection();
        Connection connection = early.take(url, user, passwordVariable).orElseGet(connections::open);
        try {
            return LiveSchema.read(connection, early.spareOr(connections), request, progress);
        } finally {
            early.closeSpare();
            closeQuietly(connection);
        }
    }

    /** A connection that was killed cannot be closed cleanly; that changes nothing for the user. */
    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // the pull's own outcome is what gets reported
        }
    }
}
