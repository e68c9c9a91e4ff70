package dev.dbmirror.maven;

import dev.dbmirror.cli.command.ExitCodes;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code mvn dbmirror:pull}: reads the live database schema and writes the mirror file, as
 * {@code dbmirror pull} does (canonical, atomic, only when it changed). Bound to no phase: a pull is
 * a decision, made when the database changed.
 */
@Mojo(name = "pull", threadSafe = true)
public class PullMojo extends LiveDatabaseMojo {

    @Override
    String command() {
        return "pull";
    }

    @Override
    void report(CommandRun.Result result) throws MojoExecutionException {
        if (result.exitCode() != ExitCodes.OK) {
            throw error(result);
        }
        log(result);
    }
}
