package dev.dbmirror.rules;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import dev.dbmirror.rules.fixtures.leaks.domain.AnnotationLeak;
import dev.dbmirror.rules.fixtures.leaks.domain.CallSignatureLeak;
import dev.dbmirror.rules.fixtures.leaks.domain.FieldLeak;
import dev.dbmirror.rules.fixtures.leaks.domain.LambdaLeak;
import dev.dbmirror.rules.fixtures.leaks.domain.LocalUseLeak;
import dev.dbmirror.rules.fixtures.leaks.domain.MethodReferenceLeak;
import dev.dbmirror.rules.fixtures.leaks.domain.ParameterLeak;
import dev.dbmirror.rules.fixtures.leaks.domain.PrismaLeak;
import dev.dbmirror.rules.fixtures.leaks.domain.ProjectPersistenceLeak;
import dev.dbmirror.rules.fixtures.leaks.domain.ReturnTypeLeak;
import dev.dbmirror.rules.fixtures.leaks.domain.StaticCallLeak;
import dev.dbmirror.rules.fixtures.leaks.domain.SupertypeLeak;
import dev.dbmirror.rules.fixtures.leaks.domain.ThrowsLeak;
import dev.dbmirror.rules.fixtures.leaks.domain.TypeArgumentLeak;
import dev.dbmirror.rules.fixtures.leaks.domain.TypeCheckLeak;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.dbmirror.rules.ExpectedLines.r1;
import static dev.dbmirror.rules.Fixtures.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoPersistenceInBusinessTest {

    private static final String D = "dev.dbmirror.rules.fixtures.leaks.domain.";
    private final ArchRule rule = Fixtures.DEFAULT_RULES.noPersistenceInBusiness();

    @Test
    void cleanBusinessCodePasses() {
        var result = rule.evaluate(Fixtures.importFixture("leaks.clean"));
        assertFalse(result.hasViolation(), () -> String.join("\n", result.getFailureReport().getDetails()));
    }

    @Test
    void aViolationLineNamesIdPlaceTypeFixAndLink() {
        assertEquals(List.of("[DBM-R1 no-persistence-in-business] Method <dev.dbmirror.rules.fixtures.leaks.domain.ReturnTypeLeak.rows()>"
                        + " in (ReturnTypeLeak.java:7) leaks <java.sql.ResultSet> through its return type."
                        + " Fix: Move the persistence code behind a repository port implemented in the persistence layer,"
                        + " so that business code sees only domain types. See https://dbmirror.dev/docs/rules.md#dbm-r1-no-persistence-in-business"),
                violations(rule, ReturnTypeLeak.class));
    }

    @Test
    void field() {
        assertEquals(List.of(r1("Field <" + D + "FieldLeak.connection> in (FieldLeak.java:0) leaks <java.sql.Connection> through its field type")),
                violations(rule, FieldLeak.class));
    }

    @Test
    void parameter() {
        assertEquals(List.of(r1("Method <" + D + "ParameterLeak.save(java.lang.Object, org.hibernate.Session)> in (ParameterLeak.java:7)"
                        + " leaks <org.hibernate.Session> through a parameter")),
                violations(rule, ParameterLeak.class));
    }

    @Test
    void genericTypeArgumentsAndBounds() {
        assertEquals(List.of(
                        r1("Class <" + D + "TypeArgumentLeak> in (TypeArgumentLeak.java:0) leaks <org.jooq.Record> through a type parameter bound"),
                        r1("Field <" + D + "TypeArgumentLeak.pages> in (TypeArgumentLeak.java:0) leaks <java.sql.ResultSet>"
                                + " through a type argument of its field type"),
                        r1("Method <" + D + "TypeArgumentLeak.connection()> in (TypeArgumentLeak.java:12) leaks <java.sql.Connection>"
                                + " through a type argument of its return type")),
                violations(rule, TypeArgumentLeak.class));
    }

    @Test
    void throwsClause() {
        assertEquals(List.of(r1("Method <" + D + "ThrowsLeak.save()> in (ThrowsLeak.java:7) leaks <java.sql.SQLException> through its throws clause")),
                violations(rule, ThrowsLeak.class));
    }

    @Test
    void annotationsOnClassAndField() {
        assertEquals(List.of(
                        r1("Class <" + D + "AnnotationLeak> in (AnnotationLeak.java:0) leaks <jakarta.persistence.Table> through an annotation"),
                        r1("Field <" + D + "AnnotationLeak.reference> in (AnnotationLeak.java:0) leaks <jakarta.persistence.Column> through an annotation")),
                violations(rule, AnnotationLeak.class));
    }

    @Test
    void superclassAndInterface() {
        assertEquals(List.of(
                        r1("Class <" + D + "SupertypeLeak> in (SupertypeLeak.java:0) leaks <org.hibernate.Session> through a supertype"),
                        r1("Class <" + D + "SupertypeLeak> in (SupertypeLeak.java:0)"
                                + " leaks <org.springframework.jdbc.core.support.JdbcDaoSupport> through a supertype"),
                        r1("Constructor <" + D + "SupertypeLeak.<init>()> in (SupertypeLeak.java:6)"
                                + " leaks <org.springframework.jdbc.core.support.JdbcDaoSupport>"
                                + " through a constructor call to <org.springframework.jdbc.core.support.JdbcDaoSupport.<init>()>")),
                violations(rule, SupertypeLeak.class));
    }

    @Test
    void localUse() {
        assertEquals(List.of(r1("Method <" + D + "LocalUseLeak.flush(java.lang.Object)> in (LocalUseLeak.java:8)"
                        + " leaks <org.hibernate.Session> through a call to <org.hibernate.Session.flush()>")),
                violations(rule, LocalUseLeak.class));
    }

    @Test
    void lambda() {
        assertEquals(List.of(r1("Method <" + D + "LambdaLeak.flushAll(java.util.List)> in (LambdaLeak.java:7)"
                        + " leaks <org.hibernate.Session> through a call to <org.hibernate.Session.flush()> inside a lambda")),
                violations(rule, LambdaLeak.class));
    }

    @Test
    void methodReference() {
        assertEquals(List.of(r1("Method <" + D + "MethodReferenceLeak.drivers()> in (MethodReferenceLeak.java:8)"
                        + " leaks <java.sql.DriverManager> through a method reference to <java.sql.DriverManager.getDrivers()>")),
                violations(rule, MethodReferenceLeak.class));
    }

    @Test
    void staticCall() {
        assertEquals(List.of(r1("Method <" + D + "StaticCallLeak.shortenTimeouts()> in (StaticCallLeak.java:7)"
                        + " leaks <java.sql.DriverManager> through a static call to <java.sql.DriverManager.setLoginTimeout(int)>")),
                violations(rule, StaticCallLeak.class));
    }

    @Test
    void instanceofClassLiteralAndCatch() {
        assertEquals(List.of(
                        r1("Method <" + D + "TypeCheckLeak.isRow(java.lang.Object)> in (TypeCheckLeak.java:7)"
                                + " leaks <java.sql.ResultSet> through an instanceof check"),
                        r1("Method <" + D + "TypeCheckLeak.kind()> in (TypeCheckLeak.java:11) leaks <java.sql.Connection> through a class literal"),
                        r1("Method <" + D + "TypeCheckLeak.quietly(java.lang.Runnable)> in (TypeCheckLeak.java:16)"
                                + " leaks <jakarta.persistence.PersistenceException> through a catch clause")),
                violations(rule, TypeCheckLeak.class));
    }

    @Test
    void valuePassedOnFromAnotherClassesSignature() {
        assertEquals(List.of(r1("Method <" + D + "CallSignatureLeak.firstPage(dev.dbmirror.rules.fixtures.leaks.util.RowSource)>"
                        + " in (CallSignatureLeak.java:7) leaks <java.sql.ResultSet>"
                        + " through the signature of <dev.dbmirror.rules.fixtures.leaks.util.RowSource.query()>")),
                violations(rule, CallSignatureLeak.class));
    }

    @Test
    void prismaStyleClient() {
        String client = "dev.dbmirror.rules.fixtures.leaks.prisma.client.PrismaClient";
        assertEquals(List.of(
                        r1("Constructor <" + D + "PrismaLeak.<init>(" + client + ")> in (PrismaLeak.java:8) leaks <" + client + "> through a parameter"),
                        r1("Field <" + D + "PrismaLeak.prisma> in (PrismaLeak.java:0) leaks <" + client + "> through its field type")),
                violations(rule, PrismaLeak.class));
    }

    @Test
    void projectPersistencePackage() {
        String row = "dev.dbmirror.rules.fixtures.leaks.persistence.OrderRow";
        assertEquals(List.of(
                        r1("Method <" + D + "ProjectPersistenceLeak.load()> in (ProjectPersistenceLeak.java:7) leaks <" + row + ">"
                                + " through a constructor call to <" + row + ".<init>()>"),
                        r1("Method <" + D + "ProjectPersistenceLeak.load()> in (ProjectPersistenceLeak.java:7) leaks <" + row + "> through its return type")),
                violations(rule, ProjectPersistenceLeak.class));
    }

    /** Whatever ArchUnit itself counts as a dependency on a persistence type, the rule reports too. */
    @Test
    void missesNoDependencyThatArchUnitSees() {
        JavaClasses classes = Fixtures.importFixture("leaks.domain");
        PersistenceTypes types = PersistenceTypes.withProjectPackages(Layout.DEFAULT_PERSISTENCE_PACKAGES);
        String report = String.join("\n", violations(rule, classes));
        for (JavaClass javaClass : classes) {
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                if (types.contains(dependency.getTargetClass())) {
                    String expected = "<" + javaClass.getName();
                    String leaked = "leaks <" + dependency.getTargetClass().getName() + ">";
                    assertTrue(report.lines().anyMatch(line -> line.contains(expected) && line.contains(leaked)), dependency::getDescription);
                }
            }
        }
    }
}
