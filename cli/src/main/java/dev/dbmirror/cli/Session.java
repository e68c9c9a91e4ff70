package dev.dbmirror.cli;

import dev.dbmirror.cli.pull.Progress;
import java.io.PrintWriter;

/**
 * What one run of the CLI works with: the environment, the two output streams, and where pull
 * progress goes ({@link Progress#SILENT} unless a person watches a terminal). A command that needs
 * it takes it as its only constructor argument.
 */
public record Session(Environment environment, PrintWriter out, PrintWriter err, Progress progress) {
}
