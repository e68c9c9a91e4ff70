package dev.dbmirror.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dbmirror.processor.javatype.JavaType;
import dev.dbmirror.processor.javatype.JavaType.ArrayType;
import dev.dbmirror.processor.javatype.JavaType.Primitive;
import dev.dbmirror.processor.plan.ComponentPlan;
import dev.dbmirror.processor.plan.TablePlan;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * What the records of a table share: a component per column, a compact constructor that rejects {@code null}
 * for NOT NULL components, {@code @MirroredTable}, and content equality when a component is a {@code byte[]}.
 * Each record shape of a table is a subclass.
 */
abstract class RecordGenerator extends SourceFileGenerator<TablePlan> {

    private static final JavaType BYTES = new ArrayType(Primitive.BYTE);

    RecordGenerator(GeneratedPackage target) {
        super(target);
    }

    /** The components of the record, in order. */
    abstract List<ComponentPlan> components(TablePlan table);

    /** The type's Javadoc, before the {@code @param} lines of column comments; escaped. */
    abstract String description(TablePlan table);

    @Override
    final Optional<AnnotationSpec> marker(TablePlan table) {
        return Optional.of(marker(TypeNames.MIRRORED_TABLE, table.source().qualifiedName()).build());
    }

    @Override
    final TypeSpec.Builder type(TablePlan table, String name) {
        List<ComponentPlan> components = components(table);
        StringBuilder javadoc = new StringBuilder(description(table));
        for (ComponentPlan component : components) {
            String comment = component.column().comment();
            if (comment != null && !comment.isBlank()) {
                javadoc.append(javadoc.indexOf("\n@param") < 0 ? "\n\n" : "\n")
                        .append("@param ").append(component.name()).append(' ').append(Javadoc.escape(comment));
            }
        }
        MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        for (ComponentPlan component : components) {
            constructor.addParameter(TypeNames.declared(component), component.name());
            if (!component.nullable() && !component.valueType().isPrimitive()) {
                constructor.addStatement("$T.requireNonNull($L, $L)", TypeNames.OBJECTS, component.name(),
                        JavaLiterals.string(component.qualifiedColumn() + " must not be null"));
            }
        }
        TypeSpec.Builder record = TypeSpec.recordBuilder(name)
                .addJavadoc("$L", javadoc)
                .recordConstructor(constructor.build());
        if (components.stream().anyMatch(component -> component.valueType().equals(BYTES))) {
            addContentEquality(record, name, components);
        }
        return record;
    }

    /**
     * A record compares arrays by identity; these compare {@code byte[]} contents. {@link java.util.Arrays#deepEquals}
     * over all components compares arrays by content and everything else as the record would.
     */
    private static void addContentEquality(TypeSpec.Builder record, String name, List<ComponentPlan> components) {
        CodeBlock mine = values(components, "this");
        CodeBlock theirs = values(components, "that");
        record.addMethod(MethodSpec.methodBuilder("equals")
                .addAnnotation(TypeNames.OVERRIDE)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(TypeNames.nullable(ClassName.OBJECT), "other")
                .addStatement("return this == other || other instanceof $L that\n&& $T.deepEquals($L, $L)",
                        name, TypeNames.ARRAYS, mine, theirs)
                .build());
        record.addMethod(MethodSpec.methodBuilder("hashCode")
                .addAnnotation(TypeNames.OVERRIDE)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addStatement("return $T.deepHashCode($L)", TypeNames.ARRAYS, mine)
                .build());
        CodeBlock.Builder text = CodeBlock.builder().add("return $L", JavaLiterals.string(name + "["));
        for (int i = 0; i < components.size(); i++) {
            ComponentPlan component = components.get(i);
            text.add("\n+ $L + ", JavaLiterals.string((i == 0 ? "" : ", ") + component.name() + "="));
            if (component.valueType().equals(BYTES)) {
                text.add("$T.toString(this.$L)", TypeNames.ARRAYS, component.name());
            } else {
                text.add("this.$L", component.name());
            }
        }
        record.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(TypeNames.OVERRIDE)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeNames.STRING)
                .addStatement(text.add(" + $S", "]").build())
                .build());
    }

    /** {@code new Object[] {owner.a, owner.b}}, wrapped where the line is long. */
    private static CodeBlock values(List<ComponentPlan> components, String owner) {
        CodeBlock values = components.stream()
                .map(component -> CodeBlock.of("$L.$L", owner, component.name()))
                .collect(CodeBlock.joining(",$W"));
        return CodeBlock.of("new $T[] {$L}", ClassName.OBJECT, values);
    }
}
