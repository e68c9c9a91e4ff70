package dev.dbmirror.cli.command;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.Session;
import dev.dbmirror.cli.connect.Connections;
import dev.dbmirror.cli.project.DatabaseEnvironment;
import dev.dbmirror.cli.project.Environments;
import dev.dbmirror.cli.project.Permission;
import dev.dbmirror.cli.project.Project;
import dev.dbmirror.cli.project.Settings;
import dev.dbmirror.cli.pull.LiveSchema;
import dev.dbmirror.cli.pull.Progress;
import dev.dbmirror.cli.pull.PullRequest;
import dev.dbmirror.cli.pull.TableFilter;
import dev.dbmirror.schema.model.Mirror;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** How to reach the live database and which part of it to read; shared by pull, verify, status and migration. */
public final class ConnectionOptions {

    static final String DEFAULT_SCHEMA = "public";

    // %n is a line break in the help: at the width of a terminal picocli would otherwise break the URL and the path

    @Option(names = "--env", paramLabel = "ID",
            description = "An environment of " + Project.ENVIRONMENTS + ": its URL, user and password"
                    + " variable, instead of --url, --user and --password-env.")
    String environment;

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
     * apply when {@code --schema} is not given; without either, {@code public}. Tables that match an
     * {@code exclude} pattern of the project's settings are left out as with {@code --exclude}.
     *
     * @param needed what an environment given with {@code --env} must allow
     */
    Mirror pull(Session session, Progress progress, List<String> previousSchemas, Permission needed) {
        return read(session, progress, previousSchemas, needed, false);
    }

    /**
     * {@link #pull}, where a schema the database does not have reads as empty when {@code absentSchemasAllowed}
     * (a migration creates it).
     */
    Mirror read(Session session, Progress progress, List<String> previousSchemas, Permission needed,
                boolean absentSchemasAllowed) {
        List<String> wanted = !schemas.isEmpty() ? schemas
                : !previousSchemas.isEmpty() ? previousSchemas : List.of(DEFAULT_SCHEMA);
        Project project = Project.find(session.environment().workingDirectory());
        List<String> allExcludes = new ArrayList<>(excludes);
        allExcludes.addAll(Settings.of(project).excludes());
        PullRequest request = new PullRequest(wanted, new TableFilter(includes, allExcludes), absentSchemasAllowed);
        String targetUrl = url;
        String login = user;
        String password = passwordVariable;
        if (environment != null) {
            if (url != null || user != null || passwordVariable != null) {
                throw new CliException("--env " + environment + " names the database, the user and the password variable;"
                        + " drop --url, --user and --password-env, or drop --env");
            }
            DatabaseEnvironment chosen = Environments.resolve(project, environment, needed, session.environment());
            targetUrl = chosen.url();
            login = chosen.user();
            password = chosen.passwordVariable();
        }
        progress.stage("connecting");
        Connections connections;
        try {
            connections = Connections.open(targetUrl, login, password, session.environment());
        } catch (CliException e) {
            // the URL and login came from the environments file, where a wrong port or host is to be fixed
            throw environment == null ? e : new CliException("environment " + environment + ": " + e.getMessage(), e.detail());
        }
        try (connections) {
            return LiveSchema.read(connections.first(), connections, request, progress);
        }
    }
}
