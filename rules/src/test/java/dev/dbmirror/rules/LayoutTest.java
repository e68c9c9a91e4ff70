package dev.dbmirror.rules;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.dbmirror.rules.ExpectedLines.r1;
import static dev.dbmirror.rules.Fixtures.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayoutTest {

    @AfterEach
    void forgetProperties() {
        ArchConfiguration.get().reset();
    }

    @Test
    void defaultsWithoutProperties() {
        assertEquals(Layout.defaults(), Layout.from(ArchConfiguration.get()));
        assertEquals(List.of(), Layout.defaults().businessPackages(), "every class outside the persistence layer");
        assertEquals(List.of("..persistence..", "..adapter..", "..infrastructure.."), Layout.defaults().persistencePackages());
    }

    @Test
    void archunitPropertiesKeysAreCommaSeparatedPackagePatterns() {
        ArchConfiguration configuration = ArchConfiguration.get();
        configuration.setProperty("dbmirror.business.packages", " com.acme.core.. , com.acme.billing..,");
        configuration.setProperty("dbmirror.persistence.packages", "com.acme.db..");
        configuration.setProperty("dbmirror.repository.pattern", ".*Store");

        assertEquals(new Layout(List.of("com.acme.core..", "com.acme.billing.."), List.of("com.acme.db.."), ".*Store"),
                Layout.from(configuration));
    }

    @Test
    void builderForAnotherLayout() {
        ArchRule rule = DbMirrorRules.configure().businessPackages("..core..").persistencePackages("..db..").build().noPersistenceInBusiness();
        assertEquals(List.of(r1("Method <dev.dbmirror.rules.fixtures.layout.core.Invoicing.book(dev.dbmirror.rules.fixtures.layout.db.InvoiceTable)>"
                        + " in (Invoicing.java:8) leaks <dev.dbmirror.rules.fixtures.layout.db.InvoiceTable> through a parameter")),
                violations(rule, Fixtures.importFixture("layout")));
    }

    /** No business class at all usually means the package patterns are wrong, so DBM-R1 says so. */
    @Test
    void emptyBusinessLayerFailsLoudly() {
        ArchRule rule = DbMirrorRules.configure().businessPackages("..domain..").build().noPersistenceInBusiness();
        AssertionError error = assertThrows(AssertionError.class, () -> rule.evaluate(Fixtures.importFixture("layout")));
        assertTrue(error.getMessage().contains("failed to check any classes"), error::getMessage);
    }

    @Test
    void emptyLayersAreFineForTheOtherRules() {
        var classes = Fixtures.importFixture("layout");
        List<ArchRule> rules = Fixtures.DEFAULT_RULES.list().subList(1, 4);
        rules.forEach(rule -> assertEquals(List.of(), violations(rule, classes), rule.getDescription()));
    }

    @Test
    void malformedRepositoryPatternFailsAtConfiguration() {
        assertThrows(RuntimeException.class, () -> DbMirrorRules.configure().repositoryNamePattern("(").build());
    }
}
