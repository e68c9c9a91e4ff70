package dev.dbmirror.rules;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.core.domain.SourceCodeLocation;

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
        String subject = javaClass.getDescription();
        SourceCodeLocation location = javaClass.getSourceCodeLocation();
        javaClass.getSuperclass().ifPresent(superclass -> type(subject, location, superclass, "a supertype"));
        javaClass.getInterfaces().forEach(anInterface -> type(subject, location, anInterface, "a supertype"));
        typeParameters(subject, location, javaClass.getTypeParameters());
        annotations(subject, location, javaClass.getAnnotations());
        javaClass.getFields().forEach(this::field);
        javaClass.getCodeUnits().forEach(this::codeUnit);
    }

    private void field(JavaField field) {
        type(field.getDescription(), field.getSourceCodeLocation(), field.getType(), "its field type");
        annotations(field.getDescription(), field.getSourceCodeLocation(), field.getAnnotations());
    }

    private void codeUnit(JavaCodeUnit codeUnit) {
        String subject = codeUnit.getDescription();
        SourceCodeLocation location = codeUnit.getSourceCodeLocation();
        for (JavaParameter parameter : codeUnit.getParameters()) {
            type(subject, location, parameter.getType(), "a parameter");
            annotations(subject, location, parameter.getAnnotations());
        }
        type(subject, location, codeUnit.getReturnType(), "its return type");
        codeUnit.getExceptionTypes().forEach(thrown -> type(subject, location, thrown, "its throws clause"));
        typeParameters(subject, location, codeUnit.getTypeParameters());
        annotations(subject, location, codeUnit.getAnnotations());
    }

    private void typeParameters(String subject, SourceCodeLocation location, Collection<? extends JavaTypeVariable<?>> typeParameters) {
        for (JavaTypeVariable<?> typeParameter : typeParameters) {
            typeParameter.getUpperBounds().forEach(bound -> type(subject, location, bound, "a type parameter bound"));
        }
    }

    private void annotations(String subject, SourceCodeLocation location, Collection<? extends JavaAnnotation<?>> annotations) {
        for (JavaAnnotation<?> annotation : annotations) {
            collector.report(subject, location, annotation.getRawType(), "through an annotation");
        }
    }

    /** The type itself counts as {@code through <role>}, every type nested in its arguments or bounds as {@code through a type argument of <role>}. */
    private void type(String subject, SourceCodeLocation location, JavaType type, String role) {
        JavaClass erasure = type.toErasure().getBaseComponentType();
        for (JavaClass involved : type.getAllInvolvedRawTypes()) {
            String path = involved.equals(erasure) ? "through " + role : "through a type argument of " + role;
            collector.report(subject, location, involved, path);
        }
    }
}
