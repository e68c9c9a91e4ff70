package dev.dbmirror.rules;

import com.tngtech.archunit.lang.ArchRule;
import dev.dbmirror.rules.fixtures.implementations.domain.OrderQueries;
import dev.dbmirror.rules.fixtures.implementations.persistence.JdbcOrderRepository;
import dev.dbmirror.rules.fixtures.implementations.service.SqlOrderRepository;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.dbmirror.rules.ExpectedLines.r1;
import static dev.dbmirror.rules.ExpectedLines.r3;
import static dev.dbmirror.rules.Fixtures.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RepositoriesImplementedInPersistenceTest {

    private static final String F = "dev.dbmirror.rules.fixtures.implementations.";
    private static final String REPOSITORY = "<" + F + "domain.OrderRepository>";
    private final ArchRule rule = Fixtures.DEFAULT_RULES.repositoriesImplementedInPersistence();

    @Test
    void implementationsOutsidePersistenceDirectlyOrThroughASuperclass() {
        assertEquals(List.of(
                        r3("Class <" + F + "service.CachingOrderRepository> in (CachingOrderRepository.java:0)"
                                + " implements generated repository " + REPOSITORY + " outside the persistence layer"),
                        r3("Class <" + F + "service.InMemoryOrderRepository> in (InMemoryOrderRepository.java:0)"
                                + " implements generated repository " + REPOSITORY + " outside the persistence layer"),
                        r3("Class <" + F + "service.SqlOrderRepository> in (SqlOrderRepository.java:0)"
                                + " implements generated repository " + REPOSITORY + " outside the persistence layer")),
                violations(rule, Fixtures.importFixture("implementations")));
    }

    @Test
    void implementationInPersistenceAndExtendingInterfacePass() {
        assertEquals(List.of(), violations(rule, JdbcOrderRepository.class, OrderQueries.class));
    }

    @Test
    void noGeneratedRepositoriesAtAllIsFine() {
        assertEquals(List.of(), violations(rule, Fixtures.importFixture("leaks.clean")));
    }

    /** A persistence implementation in the wrong layer breaks DBM-R3 and leaks its persistence types under DBM-R1. */
    @Test
    void persistenceImplementationInTheBusinessLayerLeaks() {
        String service = F + "service.SqlOrderRepository";
        assertEquals(List.of(
                        r1("Constructor <" + service + ".<init>(javax.sql.DataSource)> in (SqlOrderRepository.java:14)"
                                + " leaks <javax.sql.DataSource> through a parameter"),
                        r1("Field <" + service + ".dataSource> in (SqlOrderRepository.java:0) leaks <javax.sql.DataSource> through its field type")),
                violations(Fixtures.DEFAULT_RULES.noPersistenceInBusiness(), SqlOrderRepository.class));
    }
}
