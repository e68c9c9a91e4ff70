package dev.dbmirror.rules;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** The constants used the way users use them, run by ArchUnit's JUnit 5 engine against a clean layout. */
@AnalyzeClasses(packages = "dev.dbmirror.rules.fixtures.leaks.clean")
class DbMirrorRulesArchTest {

    @ArchTest
    static final ArchTests DBMIRROR = ArchTests.in(DbMirrorRules.class);
}
