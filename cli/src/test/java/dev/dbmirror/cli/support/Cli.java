package dev.dbmirror.cli.support;

import dev.dbmirror.cli.DbMirror;
import dev.dbmirror.cli.Environment;
import dev.dbmirror.cli.Session;
import dev.dbmirror.cli.pull.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the CLI in-process through its entry point, with a chosen environment and progress listener. */
public final class Cli {

    private final Map<String, String> variables;
    private final Path home;
    private final Progress progress;
    private final Path workingDirectory;

    private Cli(Map<String, String> variables, Path home, Progress progress, Path workingDirectory) {
        this.variables = variables;
        this.home = home;
        this.progress = progress;
        this.workingDirectory = workingDirectory;
    }

    /** No environment variables, a home without dot files. */
    public static Cli with(Path home) {
        return new Cli(Map.of(), home, Progress.SILENT, Path.of(""));
    }

    public Cli env(Map<String, String> newVariables) {
        return new Cli(newVariables, home, progress, workingDirectory);
    }

    public Cli progress(Progress newProgress) {
        return new Cli(variables, home, newProgress, workingDirectory);
    }

    /** Runs as if started in this folder. */
    public Cli in(Path folder) {
        return new Cli(variables, home, progress, folder);
    }

    public Result run(String... args) {
        return run(Environment.of(variables, home, workingDirectory), args);
    }

    /** Runs with this environment, e.g. one that records what is read from it. */
    public Result run(Environment environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Session session = new Session(environment, new PrintWriter(out, true), new PrintWriter(err, true), progress);
        int code = DbMirror.run(args, session);
        return new Result(code, out.toString(), err.toString());
    }

    public record Result(int exitCode, String out, String err) {

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }
}
