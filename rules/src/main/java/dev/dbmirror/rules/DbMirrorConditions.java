package dev.dbmirror.rules;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Comparator;

/**
 * The conditions behind {@link DbMirrorRules}, for teams that compose their own rules
 * ({@code classes().that(...).should(DbMirrorConditions.dependOnNoPersistenceType(types))}).
 * Each violation line carries the rule id, the place, the type, the fix and the link to the rule's section in {@code docs}.
 */
public final class DbMirrorConditions {

    private DbMirrorConditions() {
    }

    /** No use of a persistence type anywhere in the class: declarations, bodies, lambdas, references. */
    public static ArchCondition<JavaClass> dependOnNoPersistenceType(PersistenceTypes types, RuleDocs docs) {
        return LeakCondition.anywhere(types, docs);
    }

    /** No persistence type in what the class declares: supertypes, fields, parameters, return types, throws clauses. */
    public static ArchCondition<JavaClass> exposeOnlyDomainTypes(PersistenceTypes types, RuleDocs docs) {
        return LeakCondition.inSignatures(types, docs);
    }

    /** The class lives in the persistence layer; the violation names each generated repository it implements. */
    public static ArchCondition<JavaClass> resideInPersistenceLayer(Layout layout, RuleDocs docs) {
        Layers layers = new Layers(layout);
        return new ArchCondition<>("reside in the persistence layer " + layout.persistencePackages()) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (layers.isPersistence(javaClass)) {
                    return;
                }
                GeneratedRepositories.implementedBy(javaClass).forEach(repository -> events.add(SimpleConditionEvent.violated(javaClass,
                        RuleId.REPOSITORIES_IMPLEMENTED_IN_PERSISTENCE.violation(javaClass.getDescription() + " in " + javaClass.getSourceCodeLocation()
                                + " implements generated repository <" + repository.getName() + "> outside the persistence layer", docs))));
            }
        };
    }

    /** No call, constructor call or reference in the class opens a database connection. */
    public static ArchCondition<JavaClass> openNoConnections(RuleDocs docs) {
        ConnectionOpeners openers = new ConnectionOpeners();
        return new ArchCondition<>("open no database connections") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                javaClass.getCodeUnits().stream()
                        .flatMap(codeUnit -> codeUnit.getAccessesFromSelf().stream())
                        .filter(openers::opens)
                        .sorted(Comparator.comparing((JavaAccess<?> access) -> access.getOrigin().getFullName())
                                .thenComparingInt(JavaAccess::getLineNumber))
                        .forEach(access -> events.add(SimpleConditionEvent.violated(javaClass, opening(access, docs))));
            }
        };
    }

    private static String opening(JavaAccess<?> access, RuleDocs docs) {
        JavaCodeUnit origin = access.getOrigin();
        return RuleId.CONNECTIONS_ONLY_IN_PERSISTENCE.violation(origin.getDescription() + " in " + access.getSourceCodeLocation()
                + " opens a connection through <" + access.getTarget().getFullName() + ">", docs);
    }
}
