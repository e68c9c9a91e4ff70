package dev.dbmirror.schema.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table, view or other relation.
 *
 * @param primaryKey {@code null} when the relation has none (views, keyless tables)
 */
public record Table(String schema, String name, TableKind kind, String comment, List<Column> columns,
                    Key primaryKey, List<Key> uniques, List<ForeignKey> foreignKeys, List<Check> checks,
                    List<Index> indexes) {

    public Table {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        indexes = List.copyOf(indexes);
    }

    /** {@code schema.name}. */
    public String qualifiedName() {
        return schema + "." + name;
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Optional<Key> primaryKeyIfAny() {
        return Optional.ofNullable(primaryKey);
    }
}
