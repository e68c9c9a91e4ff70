package dev.dbmirror.rules;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.dbmirror.rules.fixtures.clinic.billing.Fees;
import dev.dbmirror.rules.fixtures.unmarked.db.PatientLookup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.dbmirror.rules.ExpectedLines.r1;
import static dev.dbmirror.rules.ExpectedLines.r3;
import static dev.dbmirror.rules.ExpectedLines.r4;
import static dev.dbmirror.rules.Fixtures.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Without configuration, business code is every class outside the persistence layer: the persistence packages and
 * dbmirror's generated adapters, recognised by {@code @MirroredAdapter} wherever they are.
 */
class DefaultLayoutTest {

    private static final String C = "dev.dbmirror.rules.fixtures.clinic.";
    private final JavaClasses clinic = Fixtures.importFixture("clinic");

    @Test
    void aLeakInAPackageOfAnyNameIsFound() {
        assertEquals(List.of(
                        r1("Method <" + C + "billing.DirectReport.patients(" + C + "db.JdbcPatientRepository)> in (DirectReport.java:8)"
                                + " leaks <" + C + "db.JdbcPatientRepository> through a parameter"),
                        r1("Method <" + C + "billing.Invoices.countOpen(java.sql.ResultSet)> in (Invoices.java:8)"
                                + " leaks <java.sql.ResultSet> through a parameter")),
                violations(Fixtures.DEFAULT_RULES.noPersistenceInBusiness(), clinic));
    }

    @Test
    void businessCodeOnPortsAndGeneratedDomainTypesPasses() {
        assertEquals(List.of(), violations(Fixtures.DEFAULT_RULES.noPersistenceInBusiness(), Fees.class));
    }

    /**
     * The adapter opens connections (in an anonymous class) and implements a generated repository outside any
     * persistence package; DBM-R1 does not check it (see the exact lines above), the other rules let it pass.
     */
    @Test
    void generatedAdapterIsPersistenceCodeWhateverItsPackage() {
        Fixtures.DEFAULT_RULES.list().subList(1, 4).forEach(rule ->
                assertEquals(List.of(), violations(rule, clinic), rule.getDescription()));
    }

    /** The marker is what makes the difference: the same code without it is business code. */
    @Test
    void withoutTheMarkerTheSameCodeIsBusinessCode() {
        String lookup = "dev.dbmirror.rules.fixtures.unmarked.db.PatientLookup";
        assertEquals(List.of(r3("Class <" + lookup + "> in (PatientLookup.java:0) implements generated repository <"
                        + C + "domain.PatientRepository> outside the persistence layer")),
                violations(Fixtures.DEFAULT_RULES.repositoriesImplementedInPersistence(), PatientLookup.class));
        assertEquals(List.of(r4("Method <" + lookup + ".findById(java.util.UUID)> in (PatientLookup.java:22)"
                        + " opens a connection through <javax.sql.DataSource.getConnection()>")),
                violations(Fixtures.DEFAULT_RULES.connectionsOnlyInPersistence(), PatientLookup.class));
    }

    @Test
    void businessPackagesNarrowTheCheck() {
        DbMirrorRuleSet domainOnly = DbMirrorRules.configure().businessPackages("..domain..").build();
        assertEquals(List.of(), violations(domainOnly.noPersistenceInBusiness(), clinic));
    }
}
