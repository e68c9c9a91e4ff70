package dev.dbmirror.maven;

import dev.dbmirror.cli.command.ExitCodes;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code mvn dbmirror:verify}: compares the mirror file with the live database, as
 * {@code dbmirror verify} does, and fails the build on drift with the same report. Writes nothing.
 * Bound to {@code verify} when listed in an execution, for the CI job that checks for drift.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends LiveDatabaseMojo {

    @Override
    String command() {
        return "verify";
    }

    @Override
    void report(CommandRun.Result result) throws MojoExecutionException, MojoFailureException {
        if (result.exitCode() == ExitCodes.DIFFERENT) {
            throw new MojoFailureException(result.out().strip() + "\nFrom Maven: mvn dbmirror:pull updates the mirror.");
        }
        if (result.exitCode() != ExitCodes.OK) {
            throw error(result);
        }
        log(result);
    }
}
