package dev.dbmirror.processor.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.Map;
import java.util.Optional;

/** Java type names written by users in overrides: a primitive or a qualified class name such as {@code com.acme.Email}. */
public final class JavaTypes {

    private static final Map<String, TypeName> PRIMITIVES = Map.of(
            "boolean", TypeName.BOOLEAN, "byte", TypeName.BYTE, "short", TypeName.SHORT, "int", TypeName.INT,
            "long", TypeName.LONG, "char", TypeName.CHAR, "float", TypeName.FLOAT, "double", TypeName.DOUBLE);

    private JavaTypes() {
    }

    /** The type, or empty when {@code text} is not a primitive or a qualified class name with a package. */
    public static Optional<TypeName> parse(String text) {
        TypeName primitive = PRIMITIVES.get(text);
        if (primitive != null) {
            return Optional.of(primitive);
        }
        try {
            ClassName name = ClassName.bestGuess(text);
            return name.packageName().isEmpty() ? Optional.empty() : Optional.of(name);
        } catch (IllegalArgumentException notAClassName) {
            return Optional.empty();
        }
    }
}
