package dev.dbmirror.rules;

import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.FieldAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaConstructorReference;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaMethodReference;
import com.tngtech.archunit.core.domain.JavaModifier;

import java.util.HashSet;
import java.util.Set;


/**
 * Finds forbidden types in what method and constructor bodies do: calls (static or not), constructor calls,
 * field accesses, method and constructor references, class literals, instanceof checks and catch clauses,
 * inside lambdas too. A call to another class's method whose signature carries a forbidden type counts as well:
 * the value passes through the body even when no variable of that type survives in bytecode.
 */
final class BodyLeaks {

    private final LeakCollector collector;

    BodyLeaks(LeakCollector collector) {
        this.collector = collector;
    }

    void scan(JavaClass javaClass) {
        javaClass.getCodeUnits().forEach(this::codeUnit);
    }

    private void codeUnit(JavaCodeUnit codeUnit) {
        codeUnit.getAccessesFromSelf().forEach(this::access);
        codeUnit.getReferencedClassObjects().forEach(literal ->
                collector.report(codeUnit, literal, literal.getRawType(), () -> "through a class literal"));
        codeUnit.getInstanceofChecks().forEach(check ->
                collector.report(codeUnit, check, check.getRawType(), () -> "through an instanceof check"));
        codeUnit.getTryCatchBlocks().forEach(block -> block.getCaughtThrowables().forEach(caught ->
                collector.report(codeUnit, block, caught, () -> "through a catch clause")));
    }

    private void access(JavaAccess<?> access) {
        JavaClass owner = access.getTargetOwner();
        if (collector.forbids(owner)) {
            collector.report(access.getOrigin(), access, owner, () -> "through " + kind(access) + " " + target(access));
        } else if (!owner.equals(access.getOriginOwner())) {
            signatureOfTarget(access).forEach(type ->
                    collector.report(access.getOrigin(), access, type, () -> "through the signature of " + target(access)));
        }
    }

    /** {@code <java.sql.Connection.close()>}, followed by {@code inside a lambda} where that is where the access is. */
    private static String target(JavaAccess<?> access) {
        return "<" + access.getTarget().getFullName() + ">" + (access.isDeclaredInLambda() ? " inside a lambda" : "");
    }

    private static Set<JavaClass> signatureOfTarget(JavaAccess<?> access) {
        if (access.getTarget() instanceof CodeUnitAccessTarget target) {
            Set<JavaClass> types = new HashSet<>(target.getRawParameterTypes());
            types.add(target.getRawReturnType());
            return types;
        }
        return Set.of(((FieldAccessTarget) access.getTarget()).getRawType());
    }

    private static String kind(JavaAccess<?> access) {
        if (access instanceof JavaMethodCall call) {
            boolean isStatic = call.getTarget().resolveMember().map(method -> method.getModifiers().contains(JavaModifier.STATIC)).orElse(false);
            return isStatic ? "a static call to" : "a call to";
        }
        if (access instanceof JavaConstructorCall) {
            return "a constructor call to";
        }
        if (access instanceof JavaFieldAccess) {
            return "an access to field";
        }
        if (access instanceof JavaMethodReference) {
            return "a method reference to";
        }
        if (access instanceof JavaConstructorReference) {
            return "a constructor reference to";
        }
        throw new IllegalStateException("Unknown kind of access: " + access);
    }
}
