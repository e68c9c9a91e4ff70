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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.dbmirror.rules.ExpectedLines.r1;
import static dev.dbmirror.rules.Fixtures.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** Stored lines are matched without their line numbers, so code that moves stays frozen. */
    @Test
    void movedCodeStaysFrozen() throws IOException {
        ArchConfiguration.get().setProperty("freeze.store.default.path", store.toString());
        ArchConfiguration.get().setProperty("freeze.store.default.allowStoreCreation", "true");
        ArchRule frozen = FreezingArchRule.freeze(Fixtures.DEFAULT_RULES.noPersistenceInBusiness());
        violations(frozen, ReturnTypeLeak.class);
        moveStoredLines("(ReturnTypeLeak.java:7)", "(ReturnTypeLeak.java:70)");

        assertEquals(List.of(), violations(frozen, ReturnTypeLeak.class));
    }

    private void moveStoredLines(String from, String to) throws IOException {
        boolean moved = false;
        try (Stream<Path> files = Files.list(store)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                moved |= text.contains(from);
                Files.writeString(file, text.replace(from, to));
            }
        }
        assertTrue(moved, "the store holds the violation line");
    }
}
