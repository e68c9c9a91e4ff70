package dev.dbmirror.rules;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import dev.dbmirror.rules.fixtures.leaks.domain.FieldLeak;
import dev.dbmirror.rules.fixtures.leaks.domain.ReturnTypeLeak;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.dbmirror.rules.ExpectedLines.r1;
import static dev.dbmirror.rules.Fixtures.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Gradual adoption: known violations are frozen in a store, only new ones fail. */
class FreezingTest {

    @TempDir
    Path store;

    @AfterEach
    void forgetProperties() {
        ArchConfiguration.get().reset();
    }

    @Test
    void frozenViolationsPassAndNewOnesFail() {
        ArchConfiguration.get().setProperty("freeze.store.default.path", store.toString());
        ArchConfiguration.get().setProperty("freeze.store.default.allowStoreCreation", "true");
        ArchRule frozen = FreezingArchRule.freeze(Fixtures.DEFAULT_RULES.noPersistenceInBusiness());

        assertEquals(List.of(), violations(frozen, FieldLeak.class), "the first run records the existing violation");
        assertEquals(List.of(), violations(frozen, FieldLeak.class), "the recorded violation stays accepted");
        assertEquals(List.of(r1("Method <dev.dbmirror.rules.fixtures.leaks.domain.ReturnTypeLeak.rows()> in (ReturnTypeLeak.java:7)"
                        + " leaks <java.sql.ResultSet> through its return type")),
                violations(frozen, new ClassFileImporter().importClasses(FieldLeak.class, ReturnTypeLeak.class)));
    }
}
