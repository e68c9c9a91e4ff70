package dev.dbmirror.cli.connect;

import dev.dbmirror.cli.Environment;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The connection of a command that connects, opened on a second thread while picocli builds its
 * command model: in a fresh JVM each takes about a tenth of a second, so doing both at once saves
 * one of them. The entry point finds {@code --url}, {@code --user} and {@code --password-env} in
 * the raw arguments; the command takes the connection only when picocli parsed exactly the same
 * values, so it is always the connection the command would have opened itself. Otherwise (a usage
 * error, other values) it is closed unused.
 */
public final class EarlyConnection {

    private static final Set<String> CONNECTING_COMMANDS = Set.of("pull", "verify", "status");

    private final Options options;
    private final CountDownLatch opened = new CountDownLatch(1);
    private boolean claimed;
    private Connection connection;
    private RuntimeException failure;
    private boolean discarded;

    private record Options(String url, String user, String passwordVariable) {
    }

    private EarlyConnection(Options options) {
        this.options = options;
    }

    /** No early connection: the command opens its own. */
    public static EarlyConnection none() {
        EarlyConnection none = new EarlyConnection(null);
        none.claimed = true;
        return none;
    }

    /**
     * Starts opening the connection that {@code args} ask for, when they name a command that connects
     * and give {@code --url}; otherwise {@link #none()}.
     */
    public static EarlyConnection startFor(String[] args, Environment env) {
        if (args.length == 0 || !CONNECTING_COMMANDS.contains(args[0]) || value(args, "--url") == null) {
            return none();
        }
        EarlyConnection early = new EarlyConnection(
                new Options(value(args, "--url"), value(args, "--user"), value(args, "--password-env")));
        Thread thread = new Thread(() -> early.open(env), "dbmirror-early-connection");
        thread.setDaemon(true);
        thread.start();
        return early;
    }

    /**
     * The connection opened early for exactly these options, at most once; empty when there is none or
     * it was opened for other values (then it is closed). When opening it failed, this throws what
     * opening it now would throw.
     */
    public Optional<Connection> take(String url, String user, String passwordVariable) {
        synchronized (this) {
            if (claimed) {
                return Optional.empty();
            }
            claimed = true;
        }
        if (!options.equals(new Options(url, user, passwordVariable))) {
            discard();
            return Optional.empty();
        }
        try {
            opened.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            discard();
            return Optional.empty();
        }
        synchronized (this) {
            if (failure != null) {
                throw failure;
            }
            return Optional.of(connection);
        }
    }

    private void open(Environment env) {
        Connection result = null;
        try {
            result = Connector.open(options.url(), options.user(), options.passwordVariable(), env);
        } catch (RuntimeException e) {
            synchronized (this) {
                failure = e;
            }
        } finally {
            boolean unwanted;
            synchronized (this) {
                connection = result;
                unwanted = discarded;
            }
            if (unwanted) {
                closeQuietly(result);
            }
            opened.countDown();
        }
    }

    private void discard() {
        Connection unused;
        synchronized (this) {
            discarded = true;
            unused = connection;
            connection = null;
        }
        closeQuietly(unused);
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // a connection nobody uses: how it closes changes nothing
        }
    }

    /** The value of a long option in picocli's two spellings, {@code --name value} and {@code --name=value}. */
    private static String value(String[] args, String name) {
        String value = null;
        for (int i = 1; i < args.length && !args[i].equals("--"); i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                value = args[++i];
            } else if (args[i].startsWith(name + "=")) {
                value = args[i].substring(name.length() + 1);
            }
        }
        return value;
    }
}
