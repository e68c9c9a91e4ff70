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
import dev.dbmirror.processor.plan.RecordMethods;
import dev.dbmirror.processor.plan.TablePlan;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * What the records of a table share: a component per column, a compact constructor that rejects {@code null}
 * for NOT NULL components, {@code @MirroredTable}, a {@code withX} copy method per component (unless the
 * shape opts out), and content equality when a component is a {@code byte[]}. Each record shape of a table
 * is a subclass.
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

    /** Whether the shape has a {@code withX} per component; a key is built whole, so it has none. */
    boolean hasWithers() {
        return true;
    }

    /**
     * Whether the shape has the static factory {@code of}, which takes only the components that
     * {@link #required} says and leaves the others {@code null}.
     */
    boolean hasFactory() {
        return false;
    }

    /** Whether {@code of} takes the component: only those that cannot be {@code null}. */
    private static boolean required(ComponentPlan component) {
        return !component.nullable();
    }

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
        RecordMethods methods = RecordMethods.of(components, hasFactory());
        ClassName self = ClassName.get(target().name(), name);
        methods.factory().ifPresent(factory -> record.addMethod(factory(self, factory, components)));
        if (hasWithers()) {
            for (int i = 0; i < components.size(); i++) {
                record.addMethod(wither(self, methods.withers().get(i), components, i));
            }
        }
        if (components.stream().anyMatch(component -> component.valueType().equals(BYTES))) {
            addContentEquality(record, name, components);
        }
        return record;
    }

    /** {@code static NewX of(<required components>)}: the others are {@code null}. */
    private static MethodSpec factory(ClassName self, String name, List<ComponentPlan> components) {
        MethodSpec.Builder factory = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addJavadoc("$L", """
                        A new row with the values an insert must give: the NOT NULL columns that have no default and
                        are neither identity nor generated, in table order. Every other component is null (the database
                        supplies its default or identity value, a nullable column stays NULL); set them with the
                        {@code with} methods. Unlike the constructor, a call of this method keeps compiling when a
                        nullable column or a column with a default is added to the table.
                        """);
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (ComponentPlan component : components) {
            if (required(component)) {
                factory.addParameter(TypeNames.declared(component), component.name());
            }
            arguments.add(arguments.isEmpty() ? "" : ",$W").add("$L", required(component) ? component.name() : "null");
        }
        return factory.addStatement("return new $T($L)", self, arguments.build()).build();
    }

    /** {@code withX(x)}: a copy with component {@code index} replaced. */
    private static MethodSpec wither(ClassName self, String name, List<ComponentPlan> components, int index) {
        ComponentPlan replaced = components.get(index);
        CodeBlock arguments = components.stream()
                .map(component -> CodeBlock.of("$L", component == replaced ? component.name() : "this." + component.name()))
                .collect(CodeBlock.joining(",$W"));
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addJavadoc("A copy of this record with {@code $L} (column $L) replaced by the given value.",
                        replaced.name(), Javadoc.escape(replaced.qualifiedColumn()))
                .addParameter(TypeNames.declared(replaced), replaced.name())
                .addStatement("return new $T($L)", self, arguments)
                .build();
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
