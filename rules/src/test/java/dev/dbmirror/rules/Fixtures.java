package dev.dbmirror.rules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

/** Imports fixtures and evaluates rules against them. */
final class Fixtures {

    static final String ROOT = "dev.dbmirror.rules.fixtures";

    /** The rules for the default layout, independent of any archunit.properties on the test classpath. */
    static final DbMirrorRuleSet DEFAULT_RULES = DbMirrorRules.configure().build();

    private Fixtures() {
    }

    /** The classes of one fixture package, for example {@code leaks} for {@code dev.dbmirror.rules.fixtures.leaks..}. */
    static JavaClasses importFixture(String name) {
        return new ClassFileImporter().importPackages(ROOT + "." + name);
    }

    /** The violation lines of a rule, in report order; empty when the rule passes. */
    static List<String> violations(ArchRule rule, JavaClasses classes) {
        return rule.evaluate(classes).getFailureReport().getDetails();
    }

    static List<String> violations(ArchRule rule, Class<?>... classes) {
        return violations(rule, new ClassFileImporter().importClasses(classes));
    }
}
