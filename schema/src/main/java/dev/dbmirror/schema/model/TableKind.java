package dev.dbmirror.schema.model;

import java.util.Arrays;
import java.util.Optional;

/** What kind of relation a {@link Table} is; {@link #json()} is the text in tables.json. */
public enum TableKind {
    TABLE("table"),
    PARTITIONED_TABLE("partitioned_table"),
    VIEW("view"),
    MATERIALIZED_VIEW("materialized_view"),
    FOREIGN_TABLE("foreign_table");

    private final String json;

    TableKind(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    /** Views and materialized views: rows are read, never written. */
    public boolean isView() {
        return this == VIEW || this == MATERIALIZED_VIEW;
    }

    public static Optional<TableKind> fromJson(String text) {
        return Arrays.stream(values()).filter(k -> k.json.equals(text)).findFirst();
    }
}
