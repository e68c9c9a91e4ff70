package dev.dbmirror.cli;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The stages of the CLI (command, connect, pull, report) depend on one another in one direction only. */
class PackageCyclesTest {

    @Test
    void theCliPackagesHaveNoCycles() {
        slices().matching("dev.dbmirror.cli.(*)..").should().beFreeOfCycles()
                .check(new ClassFileImporter().importPath(Path.of("target/classes")));
    }
}
