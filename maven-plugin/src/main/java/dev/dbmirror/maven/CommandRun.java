package dev.dbmirror.maven;

import dev.dbmirror.cli.DbMirror;
import dev.dbmirror.cli.Environment;
import dev.dbmirror.cli.Session;
import dev.dbmirror.cli.pull.Progress;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a dbmirror command line in the Maven JVM, as if started in the module directory with the
 * process's environment, and keeps what it prints for the goal to report. Paths under the module
 * directory are shown relative to it, as the command line shows them when run there.
 */
final class CommandRun {

    /** How the command ended: exit code 0 (done, in sync), 1 (error) or 2 (drift), and what it printed. */
    record Result(int exitCode, String out, String err) {
    }

    private final Environment environment;
    private final String shownPrefix;

    /** @param moduleDirectory absolute */
    CommandRun(Path moduleDirectory) {
        this.environment = Environment.of(System.getenv(), Path.of(System.getProperty("user.home")), moduleDirectory);
        this.shownPrefix = moduleDirectory + File.separator;
    }

    Result run(List<String> arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Session session = new Session(environment, new PrintWriter(out), new PrintWriter(err), Progress.SILENT);
        int exitCode = DbMirror.run(arguments.toArray(String[]::new), session);
        return new Result(exitCode, shown(out.toString()), shown(err.toString()));
    }

    private String shown(String text) {
        return text.replace(shownPrefix, "");
    }
}
