package dev.dbmirror.cli.command;

import dev.dbmirror.cli.Session;
import dev.dbmirror.cli.connect.Connections;
import dev.dbmirror.cli.pull.LiveSchema;
import dev.dbmirror.cli.pull.Progress;
import dev.dbmirror.cli.pull.PullRequest;
import dev.dbmirror.cli.pull.TableFilter;
import dev.dbmirror.schema.model.Mirror;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** How to reach the live database and which part of it to read; shared by pull, verify and status. */
public final class ConnectionOptions {

    static final String DEFAULT_SCHEMA = "public";

    // %n is a line break in the help: at the width of a terminal picocli would otherwise break the URL and the path

    @Option(names = "--url", paramLabel = "JDBC_URL",
            description = "JDBC URL without a password,%n  e.g. jdbc:postgresql://localhost:5432/app%n"
                    + "  (default: from PGSERVICE, PGHOST, PGPORT, PGDATABASE).")
    String url;

    @Option(names = "--user", paramLabel = "USER",
            description = "The user to log in as (default: the URL's user parameter, the service's, PGUSER, else the OS user).")
    String user;

    @Option(names = "--password-env", paramLabel = "NAME",
            description = "Environment variable holding the password%n  (default: DBMIRROR_PASSWORD, then PGPASSWORD,%n  then ~/.pgpass).")
    String passwordVariable;

    @Option(names = "--schema", paramLabel = "SCHEMA",
            description = "Schema to read; repeatable (default: the mirror's schemas, else public).")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Only tables matching this glob (* and ?; with a dot it matches schema.table); repeatable.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Leave out tables matching this glob; repeatable.")
    List<String> excludes = new ArrayList<>();

    /**
     * Reads the live schema. {@code previousSchemas} (those of the existing mirror, possibly empty)
     * apply when {@code --schema} is not given; without either, {@code public}.
     */
    Mirror pull(Session session, Progress progress, List<String> previousSchemas) {
        List<String> wanted = !schemas.isEmpty() ? schemas
                : !previousSchemas.isEmpty() ? previousSchemas : List.of(DEFAULT_SCHEMA);
        PullRequest request = new PullRequest(wanted, new TableFilter(includes, excludes));
        progress.stage("connecting");
        try (Connections connections = Connections.open(url, user, passwordVariable, session.environment())) {
            return LiveSchema.read(connections.first(), connections, request, progress);
        }
    }
}
