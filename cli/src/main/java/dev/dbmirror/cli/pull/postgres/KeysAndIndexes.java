package dev.dbmirror.cli.pull.postgres;

import dev.dbmirror.cli.pull.TableBuilder;
import dev.dbmirror.schema.model.Check;
import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Index;
import dev.dbmirror.schema.model.Key;
import dev.dbmirror.schema.model.ReferentialAction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The constraints and indexes of every relation, fetched as rows that name key columns by attribute
 * number. They need nothing from the other queries to be fetched, so a second connection can fetch
 * them while the first reads columns; {@link #addTo} then names the columns and files the rows
 * under their relations.
 */
final class KeysAndIndexes {

    /** A primary key ({@code p}), unique ({@code u}), foreign key ({@code f}) or check ({@code c}). */
    private record ConstraintRow(long relation, String name, String type, short[] columns, long referencedRelation,
                                 short[] referencedColumns, String referencedSchema, String referencedTable,
                                 String onUpdate, String onDelete, String definition) {
    }

    /** An index; a key number of 0 is an expression, whose text is in {@code keyTexts}. */
    private record IndexRow(long relation, String name, boolean unique, String definition, short[] keys,
                            List<String> keyTexts) {
    }

    private final List<ConstraintRow> constraints;
    private final List<IndexRow> indexes;

    private KeysAndIndexes(List<ConstraintRow> constraints, List<IndexRow> indexes) {
        this.constraints = constraints;
        this.indexes = indexes;
    }

    /** Runs the constraint and index queries inside the connection's current transaction. */
    static KeysAndIndexes fetch(Connection connection, String[] schemas) throws SQLException {
        return new KeysAndIndexes(constraints(connection, schemas), indexes(connection, schemas));
    }

    /** Adds the rows to the relations that were pulled (others belong to filtered-out tables). */
    void addTo(Map<Long, TableBuilder> relations, ColumnNames names) {
        for (ConstraintRow row : constraints) {
            TableBuilder relation = relations.get(row.relation());
            if (relation == null) {
                continue;
            }
            List<String> columns = names.of(row.relation(), row.columns());
            switch (row.type()) {
                case "p" -> relation.primaryKey(new Key(row.name(), columns));
                case "u" -> relation.uniques().add(new Key(row.name(), columns));
                case "f" -> relation.foreignKeys().add(new ForeignKey(row.name(), columns,
                        new ForeignKey.Reference(row.referencedSchema(), row.referencedTable(),
                                names.of(row.referencedRelation(), row.referencedColumns())),
                        action(row.onUpdate()), action(row.onDelete())));
                default -> relation.checks().add(new Check(row.name(), row.definition()));
            }
        }
        for (IndexRow row : indexes) {
            TableBuilder relation = relations.get(row.relation());
            if (relation == null) {
                continue;
            }
            List<String> columns = new ArrayList<>(row.keys().length);
            for (int k = 0; k < row.keys().length; k++) {
                short key = row.keys()[k];
                columns.add(key == 0 ? "(" + row.keyTexts().get(k) + ")" : names.name(row.relation(), key));
            }
            relation.indexes().add(new Index(row.name(), row.unique(), columns, row.definition()));
        }
    }

    private static List<ConstraintRow> constraints(Connection connection, String[] schemas) throws SQLException {
        List<ConstraintRow> rows = new ArrayList<>();
        try (PreparedStatement query = CatalogQueries.prepare(connection, CatalogQueries.CONSTRAINTS, schemas);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                rows.add(new ConstraintRow(row.getLong("conrelid"), row.getString("conname"), row.getString("contype"),
                        attnums(row.getString("conkey")), row.getLong("confrelid"), attnums(row.getString("confkey")),
                        row.getString("ref_schema"), row.getString("ref_table"), row.getString("confupdtype"),
                        row.getString("confdeltype"), row.getString("definition")));
            }
        }
        return rows;
    }

    private static List<IndexRow> indexes(Connection connection, String[] schemas) throws SQLException {
        List<IndexRow> rows = new ArrayList<>();
        String sql = CatalogQueries.indexes(connection.getMetaData().getDatabaseMajorVersion());
        try (PreparedStatement query = CatalogQueries.prepare(connection, sql, schemas);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                short[] keys = Arrays.copyOf(attnums(row.getString("keys")), row.getInt("indnkeyatts"));
                rows.add(new IndexRow(row.getLong("indrelid"), row.getString("relname"), row.getBoolean("indisunique"),
                        row.getString("definition"), keys, CatalogQueries.strings(row.getArray("key_texts"))));
            }
        }
        return rows;
    }

    /**
     * An {@code int2[]} of attribute numbers in its text form: {@code {1,2}}, or {@code [0:1]={1,2}}
     * for an index's zero-based key vector; empty for SQL NULL. Read as text because the driver's
     * general array decoding took longer than the query itself.
     */
    static short[] attnums(String array) {
        if (array == null || array.endsWith("{}")) {
            return new short[0];
        }
        String[] numbers = array.substring(array.indexOf('{') + 1, array.length() - 1).split(",");
        short[] values = new short[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            values[i] = Short.parseShort(numbers[i]);
        }
        return values;
    }

    private static ReferentialAction action(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }
}
