package dev.dbmirror.processor.write;

import dev.dbmirror.processor.plan.JavaType.ClassType;

/**
 * What every generated type shares: its Javadoc, {@code @Generated} without a date, the dbmirror marker and
 * the {@code @NullMarked} scope (on each type, since package-info.java belongs to the user); and the
 * classes outside the package that generated code names besides column types.
 */
final class GeneratedTypes {

    static final String PROCESSOR = "dev.dbmirror.processor.DbMirrorProcessor";
    static final ClassType GENERATED = ClassType.of("javax.annotation.processing", "Generated");
    static final ClassType NULL_MARKED = ClassType.of("org.jspecify.annotations", "NullMarked");
    static final ClassType NULLABLE = ClassType.of("org.jspecify.annotations", "Nullable");
    static final ClassType MIRRORED_TABLE = ClassType.of("dev.dbmirror.annotations", "MirroredTable");
    static final ClassType MIRRORED_ENUM = ClassType.of("dev.dbmirror.annotations", "MirroredEnum");
    static final ClassType MIRRORED_REPOSITORY = ClassType.of("dev.dbmirror.annotations", "MirroredRepository");
    static final ClassType OBJECTS = ClassType.of("java.util", "Objects");
    static final ClassType ARRAYS = ClassType.of("java.util", "Arrays");
    static final ClassType LIST = ClassType.of("java.util", "List");
    static final ClassType OPTIONAL = ClassType.of("java.util", "Optional");
    static final ClassType OBJECT = ClassType.of("java.lang", "Object");
    static final ClassType STRING = ClassType.of("java.lang", "String");
    static final ClassType OVERRIDE = ClassType.of("java.lang", "Override");
    static final ClassType ILLEGAL_ARGUMENT = ClassType.of("java.lang", "IllegalArgumentException");

    private GeneratedTypes() {
    }

    /**
     * The type's Javadoc and annotations, then {@code public <kind> <name>}.
     *
     * @param source   the qualified database name that the marker carries
     * @param readOnly whether the marker says {@code readOnly = true} (read-only repositories)
     */
    static void declare(SourceText out, String javadoc, ClassType marker, String source, boolean readOnly,
                        String kind, String name) {
        out.javadoc("", javadoc)
                .append('@').type(GENERATED).append("(\"").append(PROCESSOR).append("\")\n")
                .append('@').type(marker);
        if (readOnly) {
            out.append("(\n")
                    .append("        value = ").append(JavaLiterals.string(source)).append(",\n")
                    .append("        readOnly = true\n")
                    .append(")\n");
        } else {
            out.append('(').append(JavaLiterals.string(source)).append(")\n");
        }
        out.append('@').type(NULL_MARKED).append("\npublic ").append(kind).append(' ').append(name);
    }
}
