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
    void otherOptionsGetNothingAndBothEarlyConnectionsAreClosed() throws Exception {
        EarlyConnection early = start("pull", "--url", db.url(), "--user", "postgres");
        awaitDbmirrorSessions(2);

        assertEquals(Optional.empty(), early.take(db.url(), "someone-else", null));

        awaitDbmirrorSessions(0);
        Connection fallback = early.spareOr(EarlyConnectionTest::unavailable).open();
        assertEquals(null, fallback);
    }

    @Test
    void thePostgresSpareGoesOnceToWhoeverAsksForAnotherConnection() throws Exception {
        EarlyConnection early = start("pull", "--url", db.url(), "--user", "postgres");
        try (Connection first = early.take(db.url(), "postgres", null).orElseThrow();
             Connection spare = early.spareOr(EarlyConnectionTest::unavailable).open()) {
            assertTrue(spare.isValid(5));
            assertTrue(spare != first, "the spare is a connection of its own");
            assertEquals(null, early.spareOr(EarlyConnectionTest::unavailable).open());
            awaitDbmirrorSessions(2);
        }
    }

    @Test
    void anUnusedSpareIsClosedWhenTheCommandIsDone() throws Exception {
        EarlyConnection early = start("status", "--url", db.url(), "--user", "postgres");
        try (Connection first = early.take(db.url(), "postgres", null).orElseThrow()) {
            awaitDbmirrorSessions(2);

            early.closeSpare();

            awaitDbmirrorSessions(1);
            assertTrue(first.isValid(5));
            assertEquals(null, early.spareOr(EarlyConnectionTest::unavailable).open());
        }
    }

    @Test
    void otherDatabasesGetNoSpare() throws Exception {
        String h2 = "jdbc:h2:mem:early;DB_CLOSE_DELAY=-1";
        EarlyConnection early = start("pull", "--url", h2);
        try (Connection first = early.take(h2, null, null).orElseThrow()) {
            assertTrue(first.isValid(5));
            assertEquals(null, early.spareOr(EarlyConnectionTest::unavailable).open());
        }
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

    /** Stands for the command opening a connection itself: null, so a test sees that it was asked. */
    private static Connection unavailable() {
        return null;
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
