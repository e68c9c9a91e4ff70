package dev.dbmirror.cli.pull;

import dev.dbmirror.schema.model.Check;
import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Index;
import dev.dbmirror.schema.model.Key;
import dev.dbmirror.schema.model.Table;
import dev.dbmirror.schema.model.TableKind;
import java.util.ArrayList;
import java.util.List;

/** A relation while a reader collects its parts from separate bulk results. */
public final class TableBuilder {

    private final String schema;
    private final String name;
    private final TableKind kind;
    private final String comment;
    private final List<Column> columns = new ArrayList<>();
    private Key primaryKey;
    private final List<Key> uniques = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();

    public TableBuilder(String schema, String name, TableKind kind, String comment) {
        this.schema = schema;
        this.name = name;
        this.kind = kind;
        this.comment = comment;
    }

    public List<Column> columns() {
        return columns;
    }

    public Key primaryKey() {
        return primaryKey;
    }

    public void primaryKey(Key key) {
        primaryKey = key;
    }

    public List<Key> uniques() {
        return uniques;
    }

    public List<ForeignKey> foreignKeys() {
        return foreignKeys;
    }

    public List<Check> checks() {
        return checks;
    }

    public List<Index> indexes() {
        return indexes;
    }

    public Table build() {
        return new Table(schema, name, kind, comment, columns, primaryKey, uniques, foreignKeys, checks, indexes);
    }
}
