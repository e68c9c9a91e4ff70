package dev.dbmirror.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.dbmirror.rules.DbMirrorRules;
import dev.dbmirror.sample.leak.service.CheckoutService;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a developer sees when a service takes a {@code java.sql.Connection}: the documented DBM-R1 lines. */
class LeakIsReportedTest {

    private static final String FIX = ". Fix: Move the persistence code behind a repository port implemented in the"
            + " persistence layer, so that business code sees only domain types."
            + " See https://dbmirror.dev/docs/rules.md#dbm-r1-no-persistence-in-business";

    @Test
    void serviceTakingAConnectionIsReported() {
        EvaluationResult result = DbMirrorRules.NO_PERSISTENCE_IN_BUSINESS
                .evaluate(new ClassFileImporter().importClasses(CheckoutService.class));

        String method = "[DBM-R1 no-persistence-in-business] Method <dev.dbmirror.sample.leak.service.CheckoutService"
                + ".checkout(java.sql.Connection)> in (CheckoutService.java:10) leaks ";
        assertEquals(List.of(
                        method + "<java.sql.Connection> through a call to <java.sql.Connection.commit()>" + FIX,
                        method + "<java.sql.Connection> through a parameter" + FIX,
                        method + "<java.sql.SQLException> through its throws clause" + FIX),
                result.getFailureReport().getDetails());
    }
}
