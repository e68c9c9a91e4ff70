package dev.dbmirror.processor.javatype;

import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/**
 * A Java type that generated code names: a primitive, a class, a parameterized class or an array.
 * Immutable; equal types are equal values. {@link #toString()} is the type's canonical source form
 * ({@code int}, {@code java.lang.String}, {@code java.util.List<java.lang.Integer>}, {@code byte[]}).
 */
public sealed interface JavaType {

    /** The type itself, or for a primitive its wrapper class. */
    default JavaType box() {
        return this;
    }

    default boolean isPrimitive() {
        return false;
    }

    /**
     * A type written by a user in an override: a primitive; a qualified class name whose package
     * segments start with a lower-case letter and class segments with an upper-case one
     * ({@code com.acme.Email}, nested {@code com.acme.Types.Email}); or the simple name of a public
     * class of {@code java.lang} ({@code String}, {@code Integer}), which Java code names without an
     * import either. Empty for anything else, including any other class without a package.
     */
    static Optional<JavaType> parse(String text) {
        for (Primitive primitive : Primitive.values()) {
            if (primitive.toString().equals(text)) {
                return Optional.of(primitive);
            }
        }
        String[] segments = text.split("\\.", -1);
        int classStart = 0;
        while (classStart < segments.length && !segments[classStart].isEmpty()
                && Character.isLowerCase(segments[classStart].codePointAt(0))) {
            classStart++;
        }
        if (classStart == segments.length) {
            return Optional.empty();
        }
        for (int i = 0; i < segments.length; i++) {
            boolean legal = SourceVersion.isIdentifier(segments[i]) && !SourceVersion.isKeyword(segments[i]);
            if (!legal || (i >= classStart && !Character.isUpperCase(segments[i].codePointAt(0)))) {
                return Optional.empty();
            }
        }
        List<String> names = List.of(segments);
        if (classStart == 0) {
            return isJavaLangClass(names) ? Optional.of(new ClassType("java.lang", names)) : Optional.empty();
        }
        return Optional.of(new ClassType(String.join(".", names.subList(0, classStart)),
                names.subList(classStart, names.size())));
    }

    /** Whether {@code java.lang.<names>} is a public class of the JDK that runs javac. */
    private static boolean isJavaLangClass(List<String> names) {
        if (names.stream().anyMatch(name -> name.indexOf('$') >= 0)) {
            return false;
        }
        try {
            Class<?> type = Class.forName("java.lang." + String.join("$", names), false, null);
            return Modifier.isPublic(type.getModifiers());
        } catch (ClassNotFoundException notThere) {
            return false;
        }
    }

    /** A primitive type; nullable values of it are boxed. */
    enum Primitive implements JavaType {
        BOOLEAN("Boolean"), BYTE("Byte"), SHORT("Short"), INT("Integer"), LONG("Long"), CHAR("Character"),
        FLOAT("Float"), DOUBLE("Double");

        private final ClassType wrapper;

        Primitive(String wrapper) {
            this.wrapper = new ClassType("java.lang", List.of(wrapper));
        }

        @Override
        public ClassType box() {
            return wrapper;
        }

        @Override
        public boolean isPrimitive() {
            return true;
        }

        /** The keyword: {@code int}. */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A class, interface, enum or record: its package ({@code ""} for none) and its simple names from the
     * top-level class inwards ({@code [Map, Entry]} for {@code java.util.Map.Entry}).
     */
    record ClassType(String packageName, List<String> simpleNames) implements JavaType {

        public ClassType {
            simpleNames = List.copyOf(simpleNames);
        }

        public static ClassType of(String packageName, String simpleName) {
            return new ClassType(packageName, List.of(simpleName));
        }

        /** The simple name of the top-level class, which an import names. */
        public String topLevelName() {
            return simpleNames.get(0);
        }

        /** The name as written inside its package or after an import of its top-level class: {@code Map.Entry}. */
        public String nestedName() {
            return simpleNames.size() == 1 ? simpleNames.get(0) : String.join(".", simpleNames);
        }

        /** The qualified name of the top-level class: {@code java.util.Map}. */
        public String topLevelCanonicalName() {
            return packageName.isEmpty() ? topLevelName() : packageName + "." + topLevelName();
        }

        @Override
        public String toString() {
            return packageName.isEmpty() ? nestedName() : packageName + "." + nestedName();
        }
    }

    /** A generic class with type arguments: {@code java.util.List<java.lang.Integer>}. */
    record Parameterized(ClassType raw, List<JavaType> arguments) implements JavaType {

        public Parameterized {
            arguments = List.copyOf(arguments);
        }

        @Override
        public String toString() {
            return arguments.stream().map(JavaType::toString).collect(Collectors.joining(", ", raw + "<", ">"));
        }
    }

    /** An array: {@code byte[]}. */
    record ArrayType(JavaType component) implements JavaType {

        @Override
        public String toString() {
            return component + "[]";
        }
    }
}
