package dev.dbmirror.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * A goal that runs one command of the dbmirror command line against the live database: its
 * parameters become the command's options, and the command runs in this JVM as it would in a
 * terminal (the same reader, writer, report and password sources). The password is never a
 * parameter: the command reads it from the environment or {@code ~/.pgpass}.
 */
abstract class LiveDatabaseMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    /**
     * An environment of the project's {@code db/config/db-environments.json}: its URL, user and password
     * variable, instead of {@code url}, {@code user} and {@code passwordEnv}.
     */
    @Parameter(property = "dbmirror.env")
    private String env;

    /**
     * JDBC URL of the database, without a password, e.g. {@code jdbc:postgresql://localhost:5432/shop}.
     * Default: from {@code PGSERVICE}, {@code PGHOST}, {@code PGPORT}, {@code PGDATABASE}, as for psql.
     */
    @Parameter(property = "dbmirror.url")
    private String url;

    /** The user to log in as. Default: the URL's user parameter, the service's, {@code PGUSER}, else the OS user. */
    @Parameter(property = "dbmirror.user")
    private String user;

    /** The schemas to read (comma-separated as a user property). Default: the mirror's schemas, else {@code public}. */
    @Parameter(property = "dbmirror.schemas")
    private List<String> schemas;

    /**
     * Only tables matching one of these globs ({@code *} and {@code ?}; with a dot a glob matches
     * {@code schema.table}); comma-separated as a user property. Default: every table.
     */
    @Parameter(property = "dbmirror.includes")
    private List<String> includes;

    /** Tables matching one of these globs are left out; comma-separated as a user property. */
    @Parameter(property = "dbmirror.excludes")
    private List<String> excludes;

    /**
     * The mirror file, relative to the module directory. Default: {@code db/schema/tables.json} in the
     * module directory or the nearest folder above it that has one.
     */
    @Parameter(property = "dbmirror.mirror")
    private File mirror;

    /**
     * The environment variable that holds the password. Default: {@code DBMIRROR_PASSWORD}, then
     * {@code PGPASSWORD}, then {@code ~/.pgpass}.
     */
    @Parameter(property = "dbmirror.passwordEnv")
    private String passwordEnv;

    /** The command line's command this goal runs: {@code pull} or {@code verify}. */
    abstract String command();

    /** Reports a finished run, or turns an outcome other than success into the build's failure. */
    abstract void report(CommandRun.Result result) throws MojoExecutionException, MojoFailureException;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Optional<String> passwordGiven = passwordInBuild();
        if (passwordGiven.isPresent()) {
            throw new MojoExecutionException(passwordGiven.get());
        }
        Path basedir = project.getBasedir().toPath().toAbsolutePath();
        CommandOptions options = new CommandOptions(env, url, user, passwordEnv, listed(schemas), listed(includes),
                listed(excludes), mirror == null ? null : basedir.resolve(mirror.toPath()), getLog().isDebugEnabled());
        report(new CommandRun(basedir).run(options.arguments(command())));
    }

    /** A password in this plugin's configuration (in the build or its plugin management) or in a property. */
    private Optional<String> passwordInBuild() {
        String pluginKey = mojoExecution.getGroupId() + ":" + mojoExecution.getArtifactId();
        List<Plugin> declared = new ArrayList<>();
        declared.add(project.getPlugin(pluginKey));
        if (project.getPluginManagement() != null) {
            declared.add(project.getPluginManagement().getPluginsAsMap().get(pluginKey));
        }
        return PasswordInPom.find(declared, mojoExecution.getExecutionId(),
                List.of(session.getUserProperties(), project.getProperties()));
    }

    /** Maven leaves a list parameter that is not given null. */
    private static List<String> listed(List<String> parameter) {
        return parameter == null ? List.of() : parameter;
    }

    /** Success: the command's output as the build's log. */
    void log(CommandRun.Result result) {
        result.out().lines().forEach(getLog()::info);
        result.err().lines().forEach(getLog()::warn);
    }

    /**
     * An error of the command (exit code 1): its one line (and with {@code -X} the cause), with the parameters that
     * stand for the options it names.
     */
    MojoExecutionException error(CommandRun.Result result) {
        return new MojoExecutionException(CommandOptions.withParameterNames(result.err().strip()));
    }
}
