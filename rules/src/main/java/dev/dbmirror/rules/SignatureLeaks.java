package dev.dbmirror.rules;

import com.tngtech.archunit.base.HasDescription;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.core.domain.properties.HasSourceCodeLocation;

import java.util.Collection;

/**
 * Finds forbidden types in what a class declares: supertypes, type parameters, annotations, field types,
 * parameter and return types, throws clauses, each with the type arguments nested inside them.
 */
final class SignatureLeaks {

    private final LeakCollector collector;

    SignatureLeaks(LeakCollector collector) {
        this.collector = collector;
    }

    void scan(JavaClass javaClass) {
        javaClass.getSuperclass().ifPresent(superclass -> type(javaClass, superclass, "a supertype"));
        javaClass.getInterfaces().forEach(anInterface -> type(javaClass, anInterface, "a supertype"));
        typeParameters(javaClass, javaClass.getTypeParameters());
        annotations(javaClass, javaClass.getAnnotations());
        javaClass.getFields().forEach(this::field);
        javaClass.getCodeUnits().forEach(this::codeUnit);
    }

    private void field(JavaField field) {
        type(field, field.getType(), "its field type");
        annotations(field, field.getAnnotations());
    }

    private void codeUnit(JavaCodeUnit codeUnit) {
        for (JavaParameter parameter : codeUnit.getParameters()) {
            type(codeUnit, parameter.getType(), "a parameter");
            annotations(codeUnit, parameter.getAnnotations());
        }
        type(codeUnit, codeUnit.getReturnType(), "its return type");
        codeUnit.getExceptionTypes().forEach(thrown -> type(codeUnit, thrown, "its throws clause"));
        typeParameters(codeUnit, codeUnit.getTypeParameters());
        annotations(codeUnit, codeUnit.getAnnotations());
    }

    private <D extends HasDescription & HasSourceCodeLocation> void typeParameters(D declaration, Collection<? extends JavaTypeVariable<?>> typeParameters) {
        for (JavaTypeVariable<?> typeParameter : typeParameters) {
            typeParameter.getUpperBounds().forEach(bound -> type(declaration, bound, "a type parameter bound"));
        }
    }

    private <D extends HasDescription & HasSourceCodeLocation> void annotations(D declaration, Collection<? extends JavaAnnotation<?>> annotations) {
        for (JavaAnnotation<?> annotation : annotations) {
            collector.report(declaration, declaration, annotation.getRawType(), () -> "through an annotation");
        }
    }

    /** The type itself counts as {@code through <role>}, every type nested in its arguments or bounds as {@code through a type argument of <role>}. */
    private <D extends HasDescription & HasSourceCodeLocation> void type(D declaration, JavaType type, String role) {
        JavaClass erasure = type.toErasure().getBaseComponentType();
        for (JavaClass involved : type.getAllInvolvedRawTypes()) {
            collector.report(declaration, declaration, involved,
                    () -> involved.equals(erasure) ? "through " + role : "through a type argument of " + role);
        }
    }
}
