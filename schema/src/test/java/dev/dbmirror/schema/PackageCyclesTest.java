package dev.dbmirror.schema;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The schema module's packages (io, validate, model, diff, …) depend on one another in one direction only. */
class PackageCyclesTest {

    @Test
    void theSchemaPackagesHaveNoCycles() {
        slices().matching("dev.dbmirror.schema.(*)..").should().beFreeOfCycles()
                .check(new ClassFileImporter().importPath(Path.of("target/classes")));
    }
}
