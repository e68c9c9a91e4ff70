package dev.dbmirror.processor.write;

import dev.dbmirror.processor.plan.ComponentPlan;
import dev.dbmirror.processor.plan.FinderPlan;
import dev.dbmirror.processor.plan.JavaType;
import dev.dbmirror.processor.plan.JavaType.ClassType;
import dev.dbmirror.processor.plan.JavaType.Parameterized;
import dev.dbmirror.processor.plan.JavaType.Primitive;
import dev.dbmirror.processor.plan.TablePlan;
import java.util.List;

/**
 * The repository port {@code XRepository}: an interface that speaks only domain types. Writable
 * tables get insert/findById/findAll/update/deleteById/count; views and keyless tables only read.
 */
final class RepositorySource {

    /** Where a method's parameters continue when they are broken over lines. */
    private static final int PARAMETER_INDENT = 12;

    private RepositorySource() {
    }

    static void write(SourceText out, TablePlan table, String packageName) {
        ClassType row = ClassType.of(packageName, table.recordName());
        String qualified = table.source().qualifiedName();
        String doc = "The repository of " + (table.source().kind().isView() ? "view " : "table ") + qualified
                + (table.readOnly() ? ", read-only." : ".")
                + " A port: the persistence layer implements it, business code calls it.";
        GeneratedTypes.declare(out, Javadoc.escape(doc), GeneratedTypes.MIRRORED_REPOSITORY, qualified,
                table.readOnly(), "interface", table.repositoryName());
        out.append(" {\n");
        JavaType optionalRow = new Parameterized(GeneratedTypes.OPTIONAL, List.of(row));
        JavaType listOfRows = new Parameterized(GeneratedTypes.LIST, List.of(row));
        if (!table.readOnly()) {
            JavaType id = table.keyName().<JavaType>map(key -> ClassType.of(packageName, key))
                    .orElseGet(() -> table.primaryKey().get(0).valueType());
            JavaType newRow = table.insertName().<JavaType>map(name -> ClassType.of(packageName, name)).orElse(row);
            method(out, true, "Inserts a row and returns it as stored, with the values the database supplied.", row,
                    "insert").breakPoint(PARAMETER_INDENT).type(newRow).append(" row);\n");
            method(out, false, "The row with this primary key, if any.", optionalRow, "findById")
                    .breakPoint(PARAMETER_INDENT).type(id).append(" id);\n");
            method(out, false, "Every row.", listOfRows, "findAll").append(");\n");
            method(out, false, "Updates the row with the primary key of {@code row}; returns whether there was one.",
                    Primitive.BOOLEAN, "update").breakPoint(PARAMETER_INDENT).type(row).append(" row);\n");
            method(out, false, "Deletes the row with this primary key; returns whether there was one.",
                    Primitive.BOOLEAN, "deleteById").breakPoint(PARAMETER_INDENT).type(id).append(" id);\n");
        } else {
            method(out, true, "Every row.", listOfRows, "findAll").append(");\n");
        }
        method(out, false, "The number of rows.", Primitive.LONG, "count").append(");\n");
        for (FinderPlan finder : table.finders()) {
            if (finder.unique()) {
                method(out, false, "The row with this value of a unique key, if any.", optionalRow, finder.name());
            } else {
                method(out, false, "The rows that reference this key.", listOfRows, finder.name());
            }
            List<ComponentPlan> parameters = finder.parameters();
            for (int i = 0; i < parameters.size(); i++) {
                if (i == 0) {
                    out.breakPoint(PARAMETER_INDENT);
                } else {
                    out.append(',').breakableSpace(PARAMETER_INDENT);
                }
                out.type(parameters.get(i).valueType()).append(' ').append(parameters.get(i).name());
            }
            out.append(");\n");
        }
        out.append("}\n");
    }

    /** The method's Javadoc and its signature up to the open parenthesis, after a blank line unless it is the first. */
    private static SourceText method(SourceText out, boolean first, String javadoc, JavaType returns, String name) {
        return out.append(first ? "" : "\n").javadoc("    ", javadoc)
                .append("    ").type(returns).append(' ').append(name).append('(');
    }
}
