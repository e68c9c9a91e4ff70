package dev.dbmirror.processor.sql;

import dev.dbmirror.processor.plan.ComponentPlan;
import dev.dbmirror.processor.plan.TablePlan;
import dev.dbmirror.schema.ddl.SqlSyntax;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything the JDBC adapter of one repository is written from: the table's plan, each column's SQL name and
 * binding, and the SQL that does not change from call to call.
 *
 * @param adapterName  {@code JdbcUserRepository}
 * @param columns      every column, in table order, with its binding, keyed by column name
 * @param constraints  names a failure may name: the table's own keys, foreign keys and checks, then the foreign
 *                     keys of other tables that reference it (a delete can violate those)
 */
public record AdapterPlan(TablePlan table, String adapterName, Map<String, ColumnSql> columns, List<String> constraints) {

    public AdapterPlan {
        columns = Map.copyOf(columns);
        constraints = List.copyOf(constraints);
    }

    /** A column: its record component, its name as SQL text and its binding. */
    public record ColumnSql(ComponentPlan component, String sqlName, ValueBinding binding) {
    }

    public ColumnSql column(ComponentPlan component) {
        return columns.get(component.column().name());
    }

    /** {@code schema.table}, quoted where PostgreSQL needs it. */
    public String sqlTable() {
        return SqlSyntax.qualified(table.source().schema(), table.source().name());
    }

    /** Every column in table order: what is selected and returned. */
    public String selectList() {
        return names(table.components());
    }

    /** {@code SELECT <every column> FROM <table>}. */
    public String select() {
        return "SELECT " + selectList() + " FROM " + sqlTable();
    }

    /** {@code WHERE a = ? AND b = ?} over {@code components}. */
    public String where(List<ComponentPlan> components) {
        return components.stream().map(c -> column(c).sqlName() + " = ?").collect(Collectors.joining(" AND ", " WHERE ", ""));
    }

    /** {@code ORDER BY <primary key>}, or nothing for a read-only repository. */
    public String orderBy() {
        return table.primaryKey().isEmpty() ? "" : " ORDER BY " + names(table.primaryKey());
    }

    /** The columns an update sets: every column but the key, generated and identity-always columns. */
    public List<ComponentPlan> updated() {
        return table.components().stream()
                .filter(c -> !table.primaryKey().contains(c) && !c.column().neverInserted())
                .toList();
    }

    public String names(List<ComponentPlan> components) {
        return components.stream().map(c -> column(c).sqlName()).collect(Collectors.joining(", "));
    }
}
