package dev.dbmirror.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dbmirror.processor.plan.DomainException;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * {@code DataAccessException} and its subclasses in the domain package: unchecked, they name the table and the
 * constraint, so business code reacts to a duplicate key without importing a JDBC type.
 */
final class ExceptionGenerator extends SourceFileGenerator<DomainException> {

    private static final TypeName NULLABLE_STRING = TypeNames.nullable(TypeNames.STRING);

    ExceptionGenerator(GeneratedPackage target) {
        super(target);
    }

    @Override
    Optional<String> name(DomainException exception) {
        return Optional.of(exception.javaName());
    }

    @Override
    Optional<AnnotationSpec> marker(DomainException exception) {
        return Optional.empty();
    }

    @Override
    TypeSpec.Builder type(DomainException exception, String name) {
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addJavadoc("$L", Javadoc.escape(exception.description()))
                .addField(FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("1L").build());
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("@param message    what failed, naming the table and the constraint\n"
                        + "@param table      see {@link #table()}\n"
                        + "@param constraint see {@link #constraint()}\n"
                        + "@param cause      the driver's exception")
                .addParameter(TypeNames.STRING, "message")
                .addParameter(NULLABLE_STRING, "table")
                .addParameter(NULLABLE_STRING, "constraint")
                .addParameter(TypeNames.nullable(TypeNames.THROWABLE), "cause");
        if (exception.parent().isPresent()) {
            return type.addModifiers(Modifier.FINAL)
                    .superclass(ClassName.get(target().name(), exception.parent().get().javaName()))
                    .addMethod(constructor.addStatement("super(message, table, constraint, cause)").build());
        }
        return type.superclass(TypeNames.RUNTIME_EXCEPTION)
                .addField(NULLABLE_STRING, "table", Modifier.PRIVATE, Modifier.FINAL)
                .addField(NULLABLE_STRING, "constraint", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(constructor
                        .addStatement("super(message, cause)")
                        .addStatement("this.table = table")
                        .addStatement("this.constraint = constraint")
                        .build())
                .addMethod(getter("table", "The table, {@code schema.table}, of the statement that failed; null"
                        + " when no statement failed (a commit)."))
                .addMethod(getter("constraint", "The constraint the database named, when the mirror knows it;"
                        + " else null."));
    }

    private static MethodSpec getter(String name, String javadoc) {
        return MethodSpec.methodBuilder(name)
                .addJavadoc("$L", javadoc)
                .addModifiers(Modifier.PUBLIC)
                .returns(NULLABLE_STRING)
                .addStatement("return $L", name)
                .build();
    }
}
