package dev.dbmirror.cli.command;

import dev.dbmirror.cli.Session;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code docs --check} and {@code context --check} print: that the folder is current, or which of its files are
 * stale and the command that brings them up to date. Exit 0 when current, else 2.
 */
final class StaleReport {

    private StaleReport() {
    }

    static int print(Session session, OutputOptions output, Path out, Path mirror, List<String> stale, String fix) {
        if (output.json()) {
            session.out().print(JsonLine.of(json -> {
                json.writeStringField("out", out.toString());
                json.writeStringField("mirror", mirror.toString());
                json.writeBooleanField("current", stale.isEmpty());
                JsonLine.strings(json, "stale", stale);
            }));
        } else if (stale.isEmpty()) {
            if (!output.quiet) {
                session.out().println(out + " is current with " + mirror);
            }
        } else {
            session.out().println("stale: " + out + " does not match " + mirror + " (run `" + fix + "`):");
            stale.forEach(line -> session.out().println("  " + line));
        }
        return stale.isEmpty() ? ExitCodes.OK : ExitCodes.DIFFERENT;
    }
}
