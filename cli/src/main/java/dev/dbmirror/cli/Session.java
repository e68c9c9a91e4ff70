package dev.dbmirror.cli;

import dev.dbmirror.cli.connect.EarlyConnection;
import dev.dbmirror.cli.pull.Progress;
import java.io.PrintWriter;

/**
 * What one run of the CLI works with: the environment, the two output streams, where pull progress
 * goes ({@link Progress#SILENT} unless a person watches a terminal), and the connection the entry
 * point may have started to open ({@link EarlyConnection#none()} if not).
 */
public record Session(Environment environment, PrintWriter out, PrintWriter err, Progress progress,
                      EarlyConnection earlyConnection) {

    public Session(Environment environment, PrintWriter out, PrintWriter err, Progress progress) {
        this(environment, out, err, progress, EarlyConnection.none());
    }
}
