package dev.dbmirror.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.dbmirror.processor.plan.EnumPlan;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * {@code OrderStatus}: a Java enum for a database enum type; each constant keeps its database label
 * ({@code label()}, {@code fromLabel}).
 */
final class EnumGenerator extends SourceFileGenerator<EnumPlan> {

    EnumGenerator(GeneratedPackage target) {
        super(target);
    }

    @Override
    Optional<String> name(EnumPlan plan) {
        return Optional.of(plan.javaName());
    }

    @Override
    Optional<AnnotationSpec> marker(EnumPlan plan) {
        return Optional.of(marker(TypeNames.MIRRORED_ENUM, plan.source().qualifiedName()).build());
    }

    @Override
    TypeSpec.Builder type(EnumPlan plan, String name) {
        String qualified = plan.source().qualifiedName();
        ClassName self = ClassName.get(target().name(), name);
        String javadoc = Javadoc.paragraphs(plan.source().comment(), "The database enum type " + qualified + ".");
        TypeSpec.Builder type = TypeSpec.enumBuilder(name).addJavadoc("$L", javadoc);
        for (EnumPlan.Constant constant : plan.constants()) {
            type.addEnumConstant(constant.name(),
                    TypeSpec.anonymousClassBuilder("$L", JavaLiterals.string(constant.label())).build());
        }
        return type
                .addField(FieldSpec.builder(TypeNames.STRING, "label", Modifier.PRIVATE, Modifier.FINAL).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(TypeNames.STRING, "label")
                        .addStatement("this.label = label")
                        .build())
                .addMethod(MethodSpec.methodBuilder("label")
                        .addJavadoc("The label of this value in the database.")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(TypeNames.STRING)
                        .addStatement("return label")
                        .build())
                .addMethod(MethodSpec.methodBuilder("fromLabel")
                        .addJavadoc("The value with this database label.\n\n"
                                + "@throws IllegalArgumentException if no value has this label")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(self)
                        .addParameter(TypeNames.STRING, "label")
                        .beginControlFlow("for ($T value : values())", self)
                        .beginControlFlow("if (value.label.equals(label))")
                        .addStatement("return value")
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement("throw new $T($L + label)", TypeNames.ILLEGAL_ARGUMENT,
                                JavaLiterals.string("no value of " + qualified + " has the label "))
                        .build());
    }
}
