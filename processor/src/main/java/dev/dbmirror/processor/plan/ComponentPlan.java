package dev.dbmirror.processor.plan;

import dev.dbmirror.processor.javatype.JavaType;
import dev.dbmirror.schema.model.Column;

/**
 * One record component: a column, its Java name and type.
 *
 * @param qualifiedColumn {@code schema.table.column}, as null-check messages name it
 * @param valueType       the Java type of a present value (primitive where the catalog says so)
 * @param nullable        whether the component may be {@code null} (then primitives are boxed)
 */
public record ComponentPlan(Column column, String qualifiedColumn, String name, JavaType valueType, boolean nullable) {

    /** The component's declared type without nullness annotation: boxed when nullable. */
    public JavaType declaredType() {
        return nullable ? valueType.box() : valueType;
    }

    /** The same component in an insert shape: a database-supplied value may be left {@code null}. */
    ComponentPlan insertable() {
        return column.databaseSupplied() && !nullable
                ? new ComponentPlan(column, qualifiedColumn, name, valueType, true) : this;
    }
}
