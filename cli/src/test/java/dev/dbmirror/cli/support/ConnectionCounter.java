package dev.dbmirror.cli.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP port that counts the connections made to it and closes each at once: a database URL that
 * points here shows whether a command tried to connect. Counted before the socket is closed, so a
 * client that saw the connection end is already counted.
 */
public final class ConnectionCounter implements AutoCloseable {

    private final ServerSocket server;
    private final AtomicInteger accepted = new AtomicInteger();

    public ConnectionCounter() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "connection-counter");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A PostgreSQL URL of this port. */
    public String postgresUrl() {
        return "jdbc:postgresql://127.0.0.1:" + server.getLocalPort() + "/counted";
    }

    public int connections() {
        return accepted.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                accepted.incrementAndGet();
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
