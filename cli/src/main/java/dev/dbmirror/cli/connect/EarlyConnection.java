package dev.dbmirror.cli.connect;

import dev.dbmirror.cli.Environment;
import dev.dbmirror.cli.pull.ConnectionSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The connections of a command that connects, opened on a second thread from the moment the JVM
 * enters {@code main}: in a fresh JVM the driver's first connection takes about a tenth of a second,
 * which then overlaps with parsing the command line and setting up the command. For PostgreSQL a
 * spare follows the first connection, for the pull's second reader ({@link #spareOr}). The entry
 * point finds {@code --url}, {@code --user} and {@code --password-env} in the raw arguments; the
 * command takes the connections only when its parsed options have exactly the same values, so they
 * are always those the command would have opened itself. Otherwise (a usage error, other values)
 * they are closed unused.
 */
public final class EarlyConnection {

    private static final Set<String> CONNECTING_COMMANDS = Set.of("pull", "verify", "status");

    private final Options options;
    private final Opening first = new Opening();
    private final Opening spare = new Opening();
    private boolean claimed;
    private boolean matched;
    private boolean spareHandedOut;

    private record Options(String url, String user, String passwordVariable) {

        /** Spelled out: a record's generated equals is linked on first use, which costs start-up time. */
        boolean sameAs(String url, String user, String passwordVariable) {
            return Objects.equals(this.url, url) && Objects.equals(this.user, user)
                    && Objects.equals(this.passwordVariable, passwordVariable);
        }
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
     * Starts opening the connections that {@code args} ask for, when they name a command that connects
     * and give {@code --url}; otherwise {@link #none()}.
     */
    public static EarlyConnection startFor(String[] args, Environment env) {
        if (args.length == 0 || !CONNECTING_COMMANDS.contains(args[0]) || value(args, "--url") == null) {
            return none();
        }
        EarlyConnection early = new EarlyConnection(
                new Options(value(args, "--url"), value(args, "--user"), value(args, "--password-env")));
        Thread thread = new Thread(new Opener(early, env), "dbmirror-early-connection");
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
            matched = options.sameAs(url, user, passwordVariable);
        }
        if (!matched) {
            first.discard();
            spare.discard();
            return Optional.empty();
        }
        return Optional.ofNullable(first.await());
    }

    /**
     * Where the pull gets more connections: the spare opened early, once, when {@link #take} handed out
     * the first connection; after that, or without a spare, {@code others}.
     */
    public ConnectionSource spareOr(ConnectionSource others) {
        return () -> {
            Connection connection = takeSpare();
            return connection != null ? connection : others.open();
        };
    }

    /** Closes the spare if nobody took it; call when the command is done with its connections. */
    public void closeSpare() {
        synchronized (this) {
            if (spareHandedOut) {
                return;
            }
            spareHandedOut = true;
        }
        spare.discard();
    }

    private Connection takeSpare() {
        synchronized (this) {
            if (!matched || spareHandedOut) {
                return null;
            }
            spareHandedOut = true;
        }
        try {
            return spare.await();
        } catch (RuntimeException failed) {
            return null; // the caller opens one itself, and reports that attempt's failure
        }
    }

    private void open(Environment env) {
        boolean wantSpare = false;
        try {
            wantSpare = first.open(options, env) && DatabaseUrl.parse(options.url()).isPostgres();
        } finally {
            if (wantSpare) {
                spare.open(options, env);
            } else {
                spare.skip();
            }
        }
    }

    /** The value of a long option in its two spellings, {@code --name value} and {@code --name=value}. */
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

    /**
     * The early thread's work. A class, not a lambda: the JVM's first lambda costs milliseconds to
     * link, and the thread should start before anything else happens.
     */
    private record Opener(EarlyConnection early, Environment env) implements Runnable {

        @Override
        public void run() {
            early.open(env);
        }
    }

    /** One connection being opened on the early thread; whoever discards it before it is open has it closed. */
    private static final class Opening {

        private final CountDownLatch done = new CountDownLatch(1);
        private Connection connection;
        private RuntimeException failure;
        private boolean discarded;

        /** Returns whether the connection opened. */
        boolean open(Options options, Environment env) {
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
                done.countDown();
            }
            return result != null;
        }

        void skip() {
            done.countDown();
        }

        /** The open connection; null when interrupted (it is then discarded). */
        Connection await() {
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                discard();
                return null;
            }
            synchronized (this) {
                if (failure != null) {
                    throw failure;
                }
                return connection;
            }
        }

        void discard() {
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
    }
}
