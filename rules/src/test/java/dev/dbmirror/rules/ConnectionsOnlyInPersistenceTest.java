package dev.dbmirror.rules;

import com.tngtech.archunit.lang.ArchRule;
import dev.dbmirror.rules.fixtures.connections.app.Settings;
import dev.dbmirror.rules.fixtures.connections.persistence.JdbcConnections;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.dbmirror.rules.ExpectedLines.r4;
import static dev.dbmirror.rules.Fixtures.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ConnectionsOnlyInPersistenceTest {

    private static final String APP = "dev.dbmirror.rules.fixtures.connections.app.";
    private final ArchRule rule = Fixtures.DEFAULT_RULES.connectionsOnlyInPersistence();

    @Test
    void openingWithoutKeepingTheType() {
        assertEquals(List.of(
                        r4("Method <" + APP + "Bootstrap.ping(java.lang.String)> in (Bootstrap.java:8)"
                                + " opens a connection through <java.sql.DriverManager.getConnection(java.lang.String)>"),
                        r4("Method <" + APP + "DriverLoader.connect(java.lang.String)> in (DriverLoader.java:8)"
                                + " opens a connection through <org.postgresql.Driver.<init>()>"),
                        r4("Method <" + APP + "DriverLoader.connect(java.lang.String)> in (DriverLoader.java:9)"
                                + " opens a connection through <java.sql.Driver.connect(java.lang.String, java.util.Properties)>"),
                        r4("Method <" + APP + "LazyConnections.opener()> in (LazyConnections.java:13)"
                                + " opens a connection through <java.sql.DriverManager.getConnection(java.lang.String)>"),
                        r4("Method <" + APP + "PoolWarmup.warm(javax.sql.DataSource)> in (PoolWarmup.java:8)"
                                + " opens a connection through <javax.sql.DataSource.getConnection()>")),
                violations(rule, Fixtures.importFixture("connections")));
    }

    @Test
    void persistenceLayerAndCodeThatOpensNothingPass() {
        assertEquals(List.of(), violations(rule, JdbcConnections.class, Settings.class));
    }
}
