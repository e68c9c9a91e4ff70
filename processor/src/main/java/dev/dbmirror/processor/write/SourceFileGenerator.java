package dev.dbmirror.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * One generated shape, one subclass: the subclass builds the type for its input; this base adds what
 * every generated type carries, in one place: {@code public}, {@code @Generated} naming the processor
 * (no date, so the output is deterministic), the dbmirror marker that the ArchUnit rules recognise in
 * bytecode, {@code @NullMarked} (on each type, since package-info.java belongs to the user), the
 * originating element, and the qualification of names that a type of the package shadows.
 *
 * @param <T> what the shape is generated from, e.g. a table's plan
 */
abstract class SourceFileGenerator<T> {

    static final String PROCESSOR = "dev.dbmirror.processor.DbMirrorProcessor";
    private static final AnnotationSpec GENERATED =
            AnnotationSpec.builder(TypeNames.GENERATED).addMember("value", "$S", PROCESSOR).build();
    private static final AnnotationSpec NULL_MARKED = AnnotationSpec.builder(TypeNames.NULL_MARKED).build();

    private final GeneratedPackage target;
    private final String[] alwaysQualified;

    SourceFileGenerator(GeneratedPackage target) {
        this.target = target;
        this.alwaysQualified = target.shadowingNames().stream().sorted().toArray(String[]::new);
    }

    /** The package the type goes to. */
    final GeneratedPackage target() {
        return target;
    }

    /** The simple name of the type generated for {@code input}; empty when this shape is not generated for it. */
    abstract Optional<String> name(T input);

    /**
     * The marker annotation, e.g. {@code @MirroredTable("public.users")}; empty for a type that stands for no
     * database object and that no rule needs to recognise (the domain's exceptions).
     */
    abstract Optional<AnnotationSpec> marker(T input);

    /** The type named {@code name}, with its Javadoc and members, but none of what this base adds. */
    abstract TypeSpec.Builder type(T input, String name);

    /** The file for {@code input}, or empty when this shape is not generated for it. */
    final Optional<JavaFile> generate(T input) {
        return name(input).map(name -> {
            TypeSpec.Builder type = type(input, name)
                    .addModifiers(Modifier.PUBLIC)
                    .addAnnotation(GENERATED);
            marker(input).ifPresent(type::addAnnotation);
            TypeSpec built = type.addAnnotation(NULL_MARKED)
                    .addOriginatingElement(target.origin())
                    .alwaysQualify(alwaysQualified)
                    .build();
            return JavaFile.builder(target.name(), built).skipJavaLangImports(true).indent("    ").build();
        });
    }

    /** {@code @<annotation>("<qualifiedName>")}: a marker naming the database object. */
    static AnnotationSpec.Builder marker(ClassName annotation, String qualifiedName) {
        return AnnotationSpec.builder(annotation).addMember("value", "$L", JavaLiterals.string(qualifiedName));
    }
}
