package dev.dbmirror.processor.write;

import dev.dbmirror.processor.plan.ComponentPlan;
import dev.dbmirror.processor.plan.JavaType;
import dev.dbmirror.processor.plan.JavaType.ArrayType;
import dev.dbmirror.processor.plan.JavaType.Primitive;
import dev.dbmirror.processor.plan.TablePlan;
import java.util.List;

/** The records of a table: the row {@code X}, the insert shape {@code NewX} and the key {@code XKey}. */
final class RecordSource {

    private static final JavaType BYTES = new ArrayType(Primitive.BYTE);
    /** Where a record header's components continue when they are broken over lines. */
    private static final int COMPONENT_INDENT = 8;
    /** Where a method's parameters continue when they are broken over lines. */
    private static final int PARAMETER_INDENT = 12;
    /** Where the values of an array in {@code hashCode} continue. */
    private static final int HASH_VALUES_INDENT = 16;
    /** Where the values of an array in {@code equals}, whose statement already continues on a second line, continue. */
    private static final int EQUALS_VALUES_INDENT = 24;

    private RecordSource() {
    }

    static void row(SourceText out, TablePlan table) {
        String what = (table.source().kind().isView() ? "view " : "table ") + table.source().qualifiedName();
        String doc = Javadoc.paragraphs(table.source().comment(), "A row of " + what + ".");
        write(out, table.recordName(), table, table.components(), doc);
    }

    static void insert(SourceText out, TablePlan table, String name) {
        String doc = Javadoc.paragraphs(null, "A new row for table " + table.source().qualifiedName()
                + ", to insert. A null value for a column the database supplies (default, identity) means:"
                + " let the database supply it. Generated and identity-always columns are left out.");
        write(out, name, table, table.insertComponents(), doc);
    }

    static void key(SourceText out, TablePlan table, String name) {
        String doc = Javadoc.paragraphs(null, "The primary key of table " + table.source().qualifiedName() + ".");
        write(out, name, table, table.primaryKey(), doc);
    }

    private static void write(SourceText out, String name, TablePlan table, List<ComponentPlan> components,
                              String doc) {
        StringBuilder javadoc = new StringBuilder(doc);
        for (ComponentPlan component : components) {
            String comment = component.column().comment();
            if (comment != null && !comment.isBlank()) {
                javadoc.append(javadoc.indexOf("\n@param") < 0 ? "\n\n" : "\n")
                        .append("@param ").append(component.name()).append(' ').append(Javadoc.escape(comment));
            }
        }
        GeneratedTypes.declare(out, javadoc.toString(), GeneratedTypes.MIRRORED_TABLE,
                table.source().qualifiedName(), false, "record", name);
        out.append('(');
        for (int i = 0; i < components.size(); i++) {
            ComponentPlan component = components.get(i);
            if (i == 0) {
                out.breakPoint(COMPONENT_INDENT);
            } else {
                out.append(',').breakableSpace(COMPONENT_INDENT);
            }
            out.type(component.declaredType(), component.nullable()).append(' ').append(component.name());
        }
        out.append(") {\n");
        boolean checks = false;
        for (ComponentPlan component : components) {
            if (!component.nullable() && !component.valueType().isPrimitive()) {
                out.append(checks ? "        " : "    public " + name + " {\n        ")
                        .type(GeneratedTypes.OBJECTS).append(".requireNonNull(").append(component.name()).append(", ")
                        .append(JavaLiterals.string(component.qualifiedColumn() + " must not be null")).append(");\n");
                checks = true;
            }
        }
        if (checks) {
            out.append("    }\n");
        }
        if (components.stream().anyMatch(component -> component.valueType().equals(BYTES))) {
            writeContentEquality(out, name, components, checks);
        }
        out.append("}\n");
    }

    /**
     * A record compares arrays by identity; these compare {@code byte[]} contents. {@link java.util.Arrays#deepEquals}
     * over all components compares arrays by content and everything else as the record would.
     */
    private static void writeContentEquality(SourceText out, String name, List<ComponentPlan> components,
                                             boolean afterConstructor) {
        overriding(out, afterConstructor).append("boolean equals(").breakPoint(PARAMETER_INDENT)
                .type(GeneratedTypes.OBJECT, true)
                .append(" other) {\n        return this == other || other instanceof ").append(name)
                .append(" that\n                && ").type(GeneratedTypes.ARRAYS).append(".deepEquals(");
        writeValues(out, components, "this", EQUALS_VALUES_INDENT);
        out.append(", ");
        writeValues(out, components, "that", EQUALS_VALUES_INDENT);
        out.append(");\n    }\n");

        overriding(out, true).append("int hashCode() {\n        return ").type(GeneratedTypes.ARRAYS)
                .append(".deepHashCode(");
        writeValues(out, components, "this", HASH_VALUES_INDENT);
        out.append(");\n    }\n");

        overriding(out, true).type(GeneratedTypes.STRING).append(" toString() {\n        return ")
                .append(JavaLiterals.string(name + "["));
        for (int i = 0; i < components.size(); i++) {
            ComponentPlan component = components.get(i);
            String label = (i == 0 ? "" : ", ") + component.name() + "=";
            out.append("\n                + ").append(JavaLiterals.string(label)).append(" + ");
            if (component.valueType().equals(BYTES)) {
                out.type(GeneratedTypes.ARRAYS).append(".toString(this.").append(component.name()).append(')');
            } else {
                out.append("this.").append(component.name());
            }
        }
        out.append(" + \"]\";\n    }\n");
    }

    /** {@code @Override public }, after a blank line when a member comes before. */
    private static SourceText overriding(SourceText out, boolean afterMember) {
        return out.append(afterMember ? "\n    @" : "    @").type(GeneratedTypes.OVERRIDE).append("\n    public ");
    }

    /** {@code new Object[] {owner.a, owner.b}}, broken over lines at {@code indent} where it is long. */
    private static void writeValues(SourceText out, List<ComponentPlan> components, String owner, int indent) {
        out.append("new ").type(GeneratedTypes.OBJECT).append("[] {");
        for (int i = 0; i < components.size(); i++) {
            if (i > 0) {
                out.append(',').breakableSpace(indent);
            }
            out.append(owner).append('.').append(components.get(i).name());
        }
        out.append('}');
    }
}
