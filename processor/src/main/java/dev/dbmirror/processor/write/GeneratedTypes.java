package dev.dbmirror.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dbmirror.processor.plan.ComponentPlan;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/**
 * What every generated type shares: {@code @Generated} without a date, the dbmirror marker, the
 * {@code @NullMarked} scope (on each type, since package-info.java belongs to the user) and the
 * qualification of simple names that a generated type of the package shadows.
 */
final class GeneratedTypes {

    static final String PROCESSOR = "dev.dbmirror.processor.DbMirrorProcessor";
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    static final ClassName NULL_MARKED = ClassName.get("org.jspecify.annotations", "NullMarked");
    static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
    static final ClassName MIRRORED_TABLE = ClassName.get("dev.dbmirror.annotations", "MirroredTable");
    static final ClassName MIRRORED_ENUM = ClassName.get("dev.dbmirror.annotations", "MirroredEnum");
    static final ClassName MIRRORED_REPOSITORY = ClassName.get("dev.dbmirror.annotations", "MirroredRepository");
    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
    static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
    static final AnnotationSpec NULLABLE_ANNOTATION = AnnotationSpec.builder(NULLABLE).build();
    private static final AnnotationSpec GENERATED_ANNOTATION =
            AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build();

    /** Simple names of the types outside the package that generated code refers to, besides column types. */
    private static final Set<String> REFERENCED = Set.of(
            "Generated", "NullMarked", "Nullable", "MirroredTable", "MirroredEnum", "MirroredRepository", "Objects",
            "Arrays", "List", "Optional", "Object", "String", "Override", "IllegalArgumentException", "Boolean",
            "Byte", "Short", "Integer", "Long", "Float", "Double", "Character");

    private GeneratedTypes() {
    }

    /**
     * Generated type names that equal the simple name of a type the code refers to: references to that
     * type are written fully qualified (a table {@code strings} → {@code String} must not capture {@code java.lang.String}).
     */
    static String[] shadowedNames(Set<String> generatedNames, Collection<TypeName> columnTypes) {
        Set<String> referenced = new TreeSet<>(REFERENCED);
        columnTypes.forEach(type -> collectSimpleNames(type, referenced));
        referenced.retainAll(generatedNames);
        return referenced.toArray(String[]::new);
    }

    private static void collectSimpleNames(TypeName type, Set<String> into) {
        if (type instanceof ClassName name) {
            into.add(name.topLevelClassName().simpleName());
        } else if (type instanceof com.palantir.javapoet.ParameterizedTypeName parameterized) {
            collectSimpleNames(parameterized.rawType(), into);
            parameterized.typeArguments().forEach(argument -> collectSimpleNames(argument, into));
        }
    }

    /** A public type builder with {@code @Generated}, the marker and {@code @NullMarked}, in that order. */
    static TypeSpec.Builder annotate(TypeSpec.Builder type, AnnotationSpec marker, String javadoc) {
        return type.addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L", javadoc)
                .addAnnotation(GENERATED_ANNOTATION)
                .addAnnotation(marker)
                .addAnnotation(NULL_MARKED);
    }

    static AnnotationSpec marker(ClassName annotation, String qualifiedName) {
        return AnnotationSpec.builder(annotation).addMember("value", "$L", JavaLiterals.string(qualifiedName)).build();
    }

    /** The component's type as declared: {@code @Nullable} on the (boxed) type when it may be null. */
    static TypeName declared(ComponentPlan component) {
        TypeName type = component.declaredType();
        return component.nullable() ? type.annotated(NULLABLE_ANNOTATION) : type;
    }
}
