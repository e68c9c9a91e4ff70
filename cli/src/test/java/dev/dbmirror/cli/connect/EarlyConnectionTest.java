package dev.dbmirror.cli.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.Environment;
import dev.dbmirror.cli.support.PostgresServer;
import dev.dbmirror.cli.support.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyConnectionTest {

    private static TestDatabase db;

    @TempDir
    Path home;

    @BeforeAll
    static void database() {
        db = PostgresServer.createDatabase();
    }

    private EarlyConnection start(String... args) {
        return EarlyConnection.startFor(args, Environment.of(Map.of(), home));
    }

    @Test
    void theCommandTakesTheConnectionOpenedForItsOptionsOnce() throws Exception {
        EarlyConnection early = start("verify", "--mirror", "x.json", "--url=" + db.url(), "--user", "postgres");

        Optional<Connection> taken = early.take(db.url(), "postgres", null);

        assertTrue(taken.isPresent());
        try (Connection connection = taken.get()) {
            assertTrue(connection.isValid(5));
        }
        assertEquals(Optional.empty(), early.take(db.url(), "postgres", null));
    }

    @Test
    void otherOptionsGetNothingAndTheEarlyConnectionIsClosed() throws Exception {
        EarlyConnection early = start("pull", "--url", db.url(), "--user", "postgres");
        awaitDbmirrorSessions(1);

        assertEquals(Optional.empty(), early.take(db.url(), "someone-else", null));

        awaitDbmirrorSessions(0);
    }

    @Test
    void aFailedEarlyAttemptFailsTheCommandAsItsOwnAttemptWould() {
        String nowhere = "jdbc:postgresql://127.0.0.1:1/nothing";
        EarlyConnection early = start("status", "--url", nowhere, "--user", "postgres");

        CliException failure = assertThrows(CliException.class, () -> early.take(nowhere, "postgres", null));

        assertTrue(failure.getMessage().startsWith("cannot connect to the database"), failure.getMessage());
    }

    @Test
    void onlyCommandsThatConnectStartOne() {
        assertEquals(Optional.empty(), start("diff", "--url", db.url(), "a.json", "b.json").take(db.url(), null, null));
        assertEquals(Optional.empty(), start("pull", "--mirror", "x.json").take(null, null, null));
        assertEquals(Optional.empty(), start().take(db.url(), null, null));
    }

    private static void awaitDbmirrorSessions(int expected) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (openDbmirrorSessions() != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(expected, openDbmirrorSessions());
    }

    private static int openDbmirrorSessions() throws Exception {
        try (Connection c = db.superuser().getConnection(); Statement s = c.createStatement();
             ResultSet count = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = '" + db.name()
                     + "' AND application_name = 'dbmirror'")) {
            count.next();
            return count.getInt(1);
        }
    }
}
