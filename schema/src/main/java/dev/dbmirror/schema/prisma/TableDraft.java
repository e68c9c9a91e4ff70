package dev.dbmirror.schema.prisma;

import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Index;
import dev.dbmirror.schema.model.Key;
import dev.dbmirror.schema.model.Table;
import dev.dbmirror.schema.model.TableKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A table being built from a model: columns by field, then keys, indexes and foreign keys. */
final class TableDraft {

    /** A scalar field and the column it became. */
    record ScalarColumn(Ast.Field field, Column column, ColumnType type) {
    }

    final Declarations.ModelInfo info;
    /** Scalar fields by Prisma name, in declaration order. */
    final Map<String, ScalarColumn> columns = new LinkedHashMap<>();
    /** The database names of the columns, to find two fields mapped to one column. */
    final Set<String> columnNames = new HashSet<>();
    Key primaryKey;
    final List<Index> indexes = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    /** Constraint and index names with where they were declared, to report a name used twice. */
    final Map<String, Position> constraintNames = new LinkedHashMap<>();

    TableDraft(Declarations.ModelInfo info) {
        this.info = info;
    }

    String schema() {
        return info.schema();
    }

    String table() {
        return info.table();
    }

    /** Records a constraint or index name; false (and a problem) when the table already has it. */
    void claimName(String name, Position at, Problems problems) {
        Position first = constraintNames.putIfAbsent(name, at);
        if (first != null) {
            problems.add(at, "the constraint name \"" + name + "\" is used twice in " + info.model().name()
                    + " (also at " + first + "); give one of them another name with map: \"…\"");
        }
    }

    Table toTable() {
        boolean view = info.model().view();
        String comment = info.model().attribute("ignore").isPresent() ? null : info.model().documentation();
        return new Table(schema(), table(), view ? TableKind.VIEW : TableKind.TABLE, comment,
                columns.values().stream().map(ScalarColumn::column).toList(), primaryKey, List.of(), foreignKeys,
                List.of(), indexes);
    }
}
