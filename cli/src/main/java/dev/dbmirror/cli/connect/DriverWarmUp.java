package dev.dbmirror.cli.connect;

import java.text.NumberFormat;
import java.util.Calendar;
import java.util.Properties;
import java.util.Set;
import org.postgresql.Driver;

/**
 * Start-up work of the PostgreSQL driver done on a second core while picocli builds its command
 * model: in a fresh JVM the driver's first connection spends about half its time initialising
 * classes (its properties and URL parser, the locale data it parses the server version with, the
 * calendar and time-zone data of its timestamp handling). Only the commands that connect start it.
 */
public final class DriverWarmUp {

    private static final Set<String> CONNECTING_COMMANDS = Set.of("pull", "verify", "status");

    private DriverWarmUp() {
    }

    /** Starts the warm-up on a daemon thread when {@code args} name a command that connects. */
    public static void startFor(String[] args) {
        if (args.length == 0 || !CONNECTING_COMMANDS.contains(args[0]) || Runtime.getRuntime().availableProcessors() < 2) {
            return;
        }
        Thread thread = new Thread(DriverWarmUp::warmUp, "dbmirror-driver-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void warmUp() {
        Driver.parseURL("jdbc:postgresql://localhost/warm-up", new Properties());
        NumberFormat.getIntegerInstance();
        Calendar.getInstance();
    }
}
