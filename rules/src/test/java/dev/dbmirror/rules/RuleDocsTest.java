package dev.dbmirror.rules;

import com.tngtech.archunit.ArchConfiguration;
import dev.dbmirror.rules.fixtures.leaks.domain.ReturnTypeLeak;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.dbmirror.rules.Fixtures.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Violation messages link to a page a user can open; teams with their own copy of the docs point them there. */
class RuleDocsTest {

    private static final String R1_LINE = "[DBM-R1 no-persistence-in-business] Method <dev.dbmirror.rules.fixtures.leaks.domain.ReturnTypeLeak.rows()>"
            + " in (ReturnTypeLeak.java:7) leaks <java.sql.ResultSet> through its return type."
            + " Fix: Move the persistence code behind a repository port implemented in the persistence layer,"
            + " so that business code sees only domain types. See ";

    @AfterEach
    void forgetProperties() {
        ArchConfiguration.get().reset();
    }

    @Test
    void defaultLinkIsAnAbsoluteUrl() {
        assertEquals(List.of(R1_LINE + "https://dbmirror.dev/docs/rules.md#dbm-r1-no-persistence-in-business"),
                violations(Fixtures.DEFAULT_RULES.noPersistenceInBusiness(), ReturnTypeLeak.class));
    }

    @Test
    void builderPointsTheLinksElsewhere() {
        DbMirrorRuleSet rules = DbMirrorRules.configure().docsUrl("https://git.acme.test/tools/dbmirror/-/blob/v0.1.0/docs").build();
        assertEquals(List.of(R1_LINE + "https://git.acme.test/tools/dbmirror/-/blob/v0.1.0/docs/rules.md#dbm-r1-no-persistence-in-business"),
                violations(rules.noPersistenceInBusiness(), ReturnTypeLeak.class));
    }

    @Test
    void archunitPropertiesKey() {
        ArchConfiguration.get().setProperty("dbmirror.docs.url", " file:///opt/dbmirror/docs/ ");
        assertEquals("file:///opt/dbmirror/docs/rules.md#dbm-r4-connections-only-in-persistence",
                RuleDocs.from(ArchConfiguration.get()).link(RuleId.CONNECTIONS_ONLY_IN_PERSISTENCE));
    }

    @Test
    void relativeAddressIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new RuleDocs("docs"));
        assertEquals("dbmirror.docs.url \"docs/\" is not an absolute URL; give the address of dbmirror's docs folder,"
                + " for example https://dbmirror.dev/docs/", error.getMessage());
    }
}
