package dev.dbmirror.sample;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.dbmirror.rules.DbMirrorRules;

/** The guard, exactly as a user adopts it: every dbmirror rule over the application's classes. */
@AnalyzeClasses(packages = "dev.dbmirror.sample", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests DBMIRROR = ArchTests.in(DbMirrorRules.class);
}
