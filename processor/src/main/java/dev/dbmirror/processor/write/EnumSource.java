package dev.dbmirror.processor.write;

import dev.dbmirror.processor.plan.EnumPlan;
import java.util.List;

/** A Java enum for a database enum type; each constant keeps its database label ({@code label()}, {@code fromLabel}). */
final class EnumSource {

    /** Where a method's parameters continue when they are broken over lines. */
    private static final int PARAMETER_INDENT = 12;

    private EnumSource() {
    }

    static void write(SourceText out, EnumPlan plan) {
        String qualified = plan.source().qualifiedName();
        String name = plan.javaName();
        String doc = Javadoc.paragraphs(plan.source().comment(), "The database enum type " + qualified + ".");
        GeneratedTypes.declare(out, doc, GeneratedTypes.MIRRORED_ENUM, qualified, false, "enum", name);
        out.append(" {\n");
        List<EnumPlan.Constant> constants = plan.constants();
        for (int i = 0; i < constants.size(); i++) {
            out.append(i == 0 ? "    " : "\n    ").append(constants.get(i).name())
                    .append('(').append(JavaLiterals.string(constants.get(i).label()))
                    .append(i < constants.size() - 1 ? "),\n" : ");\n");
        }
        out.append(constants.isEmpty() ? "    ;\n" : "\n")
                .append("    private final ").type(GeneratedTypes.STRING).append(" label;\n\n")
                .append("    ").append(name).append('(').breakPoint(PARAMETER_INDENT)
                .type(GeneratedTypes.STRING).append(" label) {\n")
                .append("        this.label = label;\n")
                .append("    }\n\n");
        out.javadoc("    ", "The label of this value in the database.")
                .append("    public ").type(GeneratedTypes.STRING).append(" label() {\n")
                .append("        return label;\n")
                .append("    }\n\n");
        out.javadoc("    ", "The value with this database label.\n\n"
                        + "@throws IllegalArgumentException if no value has this label")
                .append("    public static ").append(name).append(" fromLabel(").breakPoint(PARAMETER_INDENT)
                .type(GeneratedTypes.STRING).append(" label) {\n")
                .append("        for (").append(name).append(" value : values()) {\n")
                .append("            if (value.label.equals(label)) {\n")
                .append("                return value;\n")
                .append("            }\n")
                .append("        }\n")
                .append("        throw new ").type(GeneratedTypes.ILLEGAL_ARGUMENT).append('(')
                .append(JavaLiterals.string("no value of " + qualified + " has the label ")).append(" + label);\n")
                .append("    }\n")
                .append("}\n");
    }
}
