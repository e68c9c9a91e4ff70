package dev.dbmirror.cli;

import dev.dbmirror.cli.pull.Progress;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code java -jar dbmirror.jar} entry point. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = utf8(FileDescriptor.out);
        PrintWriter err = utf8(FileDescriptor.err);
        Progress progress = System.console() != null ? Progress.to(err) : Progress.SILENT;
        int exitCode = DbMirror.run(args, new Session(Environment.system(), out, err, progress));
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
    }
}
