package dev.dbmirror.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.dbmirror.processor.javatype.JavaType;
import dev.dbmirror.processor.javatype.JavaType.ArrayType;
import dev.dbmirror.processor.javatype.JavaType.ClassType;
import dev.dbmirror.processor.javatype.JavaType.Parameterized;
import dev.dbmirror.processor.javatype.JavaType.Primitive;
import dev.dbmirror.processor.plan.ComponentPlan;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The plan's {@link JavaType}s as JavaPoet {@link TypeName}s, and the classes outside the generated package
 * that generators name.
 */
final class TypeNames {

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
    static final ClassName STRING = ClassName.get(String.class);
    static final ClassName OVERRIDE = ClassName.get(Override.class);
    static final ClassName ILLEGAL_ARGUMENT = ClassName.get(IllegalArgumentException.class);
    static final ClassName THROWABLE = ClassName.get(Throwable.class);
    static final ClassName RUNTIME_EXCEPTION = ClassName.get(RuntimeException.class);

    /**
     * The simple names of every class above and of {@code Object}: where a generated type has one of them
     * (a table {@code strings} → {@code String}), references to the class are written fully qualified. A
     * generator that names another class lists it here; JavaPoet's imports keep the code compiling without
     * that for classes outside {@code java.lang}, but the reader would have to know that an import shadows a
     * class of the package.
     */
    static final Set<String> NAMED_BY_GENERATORS = Stream.of(GENERATED, NULL_MARKED, NULLABLE, MIRRORED_TABLE,
                    MIRRORED_ENUM, MIRRORED_REPOSITORY, OBJECTS, ARRAYS, LIST, OPTIONAL, STRING, OVERRIDE,
                    ILLEGAL_ARGUMENT, THROWABLE, RUNTIME_EXCEPTION, ClassName.OBJECT)
            .map(ClassName::simpleName)
            .collect(Collectors.toUnmodifiableSet());

    private static final AnnotationSpec NULLABLE_ANNOTATION = AnnotationSpec.builder(NULLABLE).build();

    private TypeNames() {
    }

    static TypeName of(JavaType type) {
        if (type instanceof ClassType classType) {
            return of(classType);
        }
        if (type instanceof Parameterized parameterized) {
            return ParameterizedTypeName.get(of(parameterized.raw()),
                    parameterized.arguments().stream().map(TypeNames::of).toArray(TypeName[]::new));
        }
        if (type instanceof ArrayType array) {
            return ArrayTypeName.of(of(array.component()));
        }
        return switch ((Primitive) type) {
            case BOOLEAN -> TypeName.BOOLEAN;
            case BYTE -> TypeName.BYTE;
            case SHORT -> TypeName.SHORT;
            case INT -> TypeName.INT;
            case LONG -> TypeName.LONG;
            case CHAR -> TypeName.CHAR;
            case FLOAT -> TypeName.FLOAT;
            case DOUBLE -> TypeName.DOUBLE;
        };
    }

    static ClassName of(ClassType type) {
        List<String> nested = type.simpleNames().subList(1, type.simpleNames().size());
        return ClassName.get(type.packageName(), type.topLevelName(), nested.toArray(String[]::new));
    }

    /**
     * {@code type} with JSpecify's {@code @Nullable}, which JavaPoet writes where a type-use annotation
     * belongs: {@code @Nullable String}, {@code java.lang. @Nullable String}, {@code byte @Nullable []}.
     */
    static TypeName nullable(TypeName type) {
        return type.annotated(NULLABLE_ANNOTATION);
    }

    /** A component's type as declared: boxed and {@code @Nullable} when it may be null. */
    static TypeName declared(ComponentPlan component) {
        TypeName type = of(component.declaredType());
        return component.nullable() ? nullable(type) : type;
    }
}
