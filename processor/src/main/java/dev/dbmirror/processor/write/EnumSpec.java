package dev.dbmirror.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.dbmirror.processor.plan.EnumPlan;
import javax.lang.model.element.Modifier;

/** A Java enum for a database enum type; each constant keeps its database label ({@code label()}, {@code fromLabel}). */
final class EnumSpec {

    private EnumSpec() {
    }

    static TypeSpec enumType(EnumPlan plan, String packageName, String[] shadowed) {
        String qualified = plan.source().qualifiedName();
        ClassName string = ClassName.get(String.class);
        String doc = RecordSpecs.paragraphs(plan.source().comment(), "The database enum type " + qualified + ".");
        TypeSpec.Builder type = GeneratedTypes.annotate(TypeSpec.enumBuilder(plan.javaName()),
                GeneratedTypes.marker(GeneratedTypes.MIRRORED_ENUM, qualified), doc).alwaysQualify(shadowed);
        for (EnumPlan.Constant constant : plan.constants()) {
            type.addEnumConstant(constant.name(),
                    TypeSpec.anonymousClassBuilder("$L", JavaLiterals.string(constant.label())).build());
        }
        return type
                .addField(FieldSpec.builder(string, "label", Modifier.PRIVATE, Modifier.FINAL).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(string, "label")
                        .addStatement("this.label = label")
                        .build())
                .addMethod(MethodSpec.methodBuilder("label")
                        .addJavadoc("The label of this value in the database.")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(string)
                        .addStatement("return label")
                        .build())
                .addMethod(MethodSpec.methodBuilder("fromLabel")
                        .addJavadoc("The value with this database label.\n\n"
                                + "@throws IllegalArgumentException if no value has this label")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ClassName.get(packageName, plan.javaName()))
                        .addParameter(string, "label")
                        .beginControlFlow("for ($T value : values())", ClassName.get(packageName, plan.javaName()))
                        .beginControlFlow("if (value.label.equals(label))")
                        .addStatement("return value")
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement("throw new $T($L + label)", IllegalArgumentException.class,
                                JavaLiterals.string("no value of " + qualified + " has the label "))
                        .build())
                .build();
    }
}
