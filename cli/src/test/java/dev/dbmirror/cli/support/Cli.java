package dev.dbmirror.cli.support;

import dev.dbmirror.cli.DbMirror;
import dev.dbmirror.cli.Environment;
import dev.dbmirror.cli.Session;
import dev.dbmirror.cli.connect.EarlyConnection;
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
    private final boolean connectEarly;

    private Cli(Map<String, String> variables, Path home, Progress progress, boolean connectEarly) {
        this.variables = variables;
        this.home = home;
        this.progress = progress;
        this.connectEarly = connectEarly;
    }

    /** No environment variables, a home without dot files; the command opens its own connections. */
    public static Cli with(Path home) {
        return new Cli(Map.of(), home, Progress.SILENT, false);
    }

    public Cli env(Map<String, String> newVariables) {
        return new Cli(newVariables, home, progress, connectEarly);
    }

    public Cli progress(Progress newProgress) {
        return new Cli(variables, home, newProgress, connectEarly);
    }

    /** Connections opened on another thread while the command line is parsed, as the entry point does. */
    public Cli connectingEarly(boolean early) {
        return new Cli(variables, home, progress, early);
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment environment = Environment.of(variables, home);
        EarlyConnection early = connectEarly ? EarlyConnection.startFor(args, environment) : EarlyConnection.none();
        Session session = new Session(environment, new PrintWriter(out, true), new PrintWriter(err, true), progress, early);
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
