package dev.dbmirror.rules;

import com.tngtech.archunit.lang.ArchRule;
import dev.dbmirror.rules.fixtures.repositories.domain.CustomerRepository;
import dev.dbmirror.rules.fixtures.repositories.persistence.CustomerJpaRepository;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.dbmirror.rules.ExpectedLines.r2;
import static dev.dbmirror.rules.Fixtures.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RepositoriesSpeakDomainTest {

    private static final String D = "dev.dbmirror.rules.fixtures.repositories.domain.";
    private final ArchRule rule = Fixtures.DEFAULT_RULES.repositoriesSpeakDomain();

    @Test
    void handWrittenByNameAndGeneratedByMarker() {
        assertEquals(List.of(
                        r2("Class <" + D + "LedgerRepository> in (LedgerRepository.java:0)"
                                + " exposes <org.springframework.data.repository.CrudRepository> through a supertype"),
                        r2("Method <" + D + "InvoiceRepository.rawInvoices()> in (InvoiceRepository.java:0) exposes <java.sql.ResultSet> through its return type"),
                        r2("Method <" + D + "InvoiceRepository.rawInvoices()> in (InvoiceRepository.java:0)"
                                + " exposes <java.sql.SQLException> through its throws clause"),
                        r2("Method <" + D + "InvoiceRepository.records()> in (InvoiceRepository.java:0)"
                                + " exposes <org.jooq.Record> through a type argument of its return type"),
                        r2("Method <" + D + "OrderStore.attach(java.sql.Connection)> in (OrderStore.java:0) exposes <java.sql.Connection> through a parameter")),
                violations(rule, Fixtures.importFixture("repositories")));
    }

    @Test
    void domainOnlyRepositoryAndFrameworkRepositoryInPersistencePass() {
        assertEquals(List.of(), violations(rule, CustomerRepository.class, CustomerJpaRepository.class));
    }

    @Test
    void noRepositoriesAtAllIsFine() {
        assertEquals(List.of(), violations(rule, Fixtures.importFixture("leaks.clean")));
    }

    @Test
    void theNamePatternIsConfigurable() {
        ArchRule storesOnly = DbMirrorRules.configure().repositoryNamePattern(".*Store").build().repositoriesSpeakDomain();
        assertEquals(List.of(
                        r2("Method <" + D + "OrderStore.attach(java.sql.Connection)> in (OrderStore.java:0) exposes <java.sql.Connection> through a parameter")),
                violations(storesOnly, Fixtures.importFixture("repositories")));
    }
}
