package dev.dbmirror.schema.shorthand;

import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Key;
import dev.dbmirror.schema.model.ReferentialAction;
import dev.dbmirror.schema.model.Table;
import dev.dbmirror.schema.model.TableKind;
import java.util.List;

/**
 * The result of parsing a shorthand column list.
 *
 * @param columns    the columns in the order written, NOT NULL unless flagged nullable, with their defaults
 * @param primaryKey the columns flagged {@code pk}, in the order written (empty: no primary key)
 * @param uniques    the columns flagged {@code unique}, each its own single-column unique constraint
 * @param references the {@code fk>} (and {@code ref=}) flags, in the order written
 */
public record ShorthandColumns(List<Column> columns, List<String> primaryKey, List<String> uniques,
                               List<ShorthandReference> references) {

    public ShorthandColumns {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        uniques = List.copyOf(uniques);
        references = List.copyOf(references);
    }

    /**
     * A new table of these columns, its constraints named as PostgreSQL names them:
     * {@code <table>_pkey}, {@code <table>_<column>_key}, {@code <table>_<column>_fkey}.
     */
    public Table toTable(String schema, String name) {
        Key pk = primaryKey.isEmpty() ? null : new Key(name + "_pkey", primaryKey);
        List<Key> uniqueKeys = uniques.stream().map(c -> new Key(name + "_" + c + "_key", List.of(c))).toList();
        List<ForeignKey> foreignKeys = references.stream()
                .map(r -> new ForeignKey(name + "_" + r.column() + "_fkey", List.of(r.column()),
                        new ForeignKey.Reference(r.schema() == null ? schema : r.schema(), r.table(),
                                List.of(r.referencedColumn())),
                        ReferentialAction.NO_ACTION, r.onDelete()))
                .toList();
        return new Table(schema, name, TableKind.TABLE, null, columns, pk, uniqueKeys, foreignKeys, List.of(), List.of());
    }
}
