package dev.dbmirror.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dbmirror.processor.plan.ComponentPlan;
import dev.dbmirror.processor.plan.TablePlan;
import java.util.List;
import javax.lang.model.element.Modifier;

/** The records of a table: the row {@code X}, the insert shape {@code NewX} and the key {@code XKey}. */
final class RecordSpecs {

    private static final TypeName BYTES = ArrayTypeName.of(TypeName.BYTE);
    private static final TypeName NULLABLE_OBJECT = ClassName.OBJECT.annotated(GeneratedTypes.NULLABLE_ANNOTATION);

    private RecordSpecs() {
    }

    static TypeSpec row(TablePlan table, String[] shadowed) {
        String what = (table.source().kind().isView() ? "view " : "table ") + table.source().qualifiedName();
        String doc = paragraphs(table.source().comment(), "A row of " + what + ".");
        return record(table.recordName(), table, table.components(), doc, shadowed);
    }

    static TypeSpec insert(TablePlan table, String name, String[] shadowed) {
        String doc = paragraphs(null, "A new row for table " + table.source().qualifiedName()
                + ", to insert. A null value for a column the database supplies (default, identity) means:"
                + " let the database supply it. Generated and identity-always columns are left out.");
        return record(name, table, table.insertComponents(), doc, shadowed);
    }

    static TypeSpec key(TablePlan table, String name, String[] shadowed) {
        String doc = paragraphs(null, "The primary key of table " + table.source().qualifiedName() + ".");
        return record(name, table, table.primaryKey(), doc, shadowed);
    }

    /** {@code comment} (may be null) and {@code description}, escaped, as Javadoc paragraphs. */
    static String paragraphs(String comment, String description) {
        String escaped = Javadoc.escape(description);
        return comment == null || comment.isBlank() ? escaped : Javadoc.escape(comment) + "\n\n<p>" + escaped;
    }

    private static TypeSpec record(String name, TablePlan table, List<ComponentPlan> components, String doc,
                                   String[] shadowed) {
        StringBuilder javadoc = new StringBuilder(doc);
        for (ComponentPlan component : components) {
            String comment = component.column().comment();
            if (comment != null && !comment.isBlank()) {
                javadoc.append(javadoc.indexOf("\n@param") < 0 ? "\n\n" : "\n")
                        .append("@param ").append(component.name()).append(' ').append(Javadoc.escape(comment));
            }
        }
        MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        for (ComponentPlan component : components) {
            constructor.addParameter(GeneratedTypes.declared(component), component.name());
            if (!component.nullable() && !component.valueType().isPrimitive()) {
                constructor.addStatement("$T.requireNonNull($L, $L)", GeneratedTypes.OBJECTS, component.name(),
                        JavaLiterals.string(component.qualifiedColumn() + " must not be null"));
            }
        }
        TypeSpec.Builder record = GeneratedTypes.annotate(TypeSpec.recordBuilder(name),
                        GeneratedTypes.marker(GeneratedTypes.MIRRORED_TABLE, table.source().qualifiedName()),
                        javadoc.toString())
                .recordConstructor(constructor.build())
                .alwaysQualify(shadowed);
        if (components.stream().anyMatch(component -> component.valueType().equals(BYTES))) {
            addContentEquality(record, name, components);
        }
        return record.build();
    }

    /**
     * A record compares arrays by identity; these compare {@code byte[]} contents. {@link java.util.Arrays#deepEquals}
     * over all components compares arrays by content and everything else as the record would.
     */
    private static void addContentEquality(TypeSpec.Builder record, String name, List<ComponentPlan> components) {
        CodeBlock mine = components(components, "this");
        CodeBlock theirs = components(components, "that");
        record.addMethod(MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(NULLABLE_OBJECT, "other")
                .addStatement("return this == other || other instanceof $L that\n&& $T.deepEquals($L, $L)",
                        name, GeneratedTypes.ARRAYS, mine, theirs)
                .build());
        record.addMethod(MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addStatement("return $T.deepHashCode($L)", GeneratedTypes.ARRAYS, mine)
                .build());
        CodeBlock.Builder text = CodeBlock.builder().add("return $L", JavaLiterals.string(name + "["));
        for (int i = 0; i < components.size(); i++) {
            ComponentPlan component = components.get(i);
            String label = (i == 0 ? "" : ", ") + component.name() + "=";
            text.add("\n+ $L + ", JavaLiterals.string(label));
            if (component.valueType().equals(BYTES)) {
                text.add("$T.toString(this.$L)", GeneratedTypes.ARRAYS, component.name());
            } else {
                text.add("this.$L", component.name());
            }
        }
        record.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ClassName.get(String.class))
                .addStatement(text.add(" + $S", "]").build())
                .build());
    }

    private static CodeBlock components(List<ComponentPlan> components, String owner) {
        CodeBlock values = components.stream()
                .map(component -> CodeBlock.of("$L.$L", owner, component.name()))
                .collect(CodeBlock.joining(",$W"));
        return CodeBlock.of("new $T[] {$L}", ClassName.OBJECT, values);
    }
}
