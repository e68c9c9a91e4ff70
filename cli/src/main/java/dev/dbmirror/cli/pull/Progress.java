package dev.dbmirror.cli.pull;

import java.io.PrintWriter;

/** Reports the stages of a pull; printed on stderr only when a person is watching a terminal. */
@FunctionalInterface
public interface Progress {

    Progress SILENT = stage -> { };

    /** Called before each stage, e.g. {@code reading columns}. */
    void stage(String stage);

    static Progress to(PrintWriter err) {
        return stage -> {
            err.println("dbmirror: " + stage);
            err.flush();
        };
    }
}
