package dev.dbmirror.cli.pull.generic;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.pull.Progress;
import dev.dbmirror.cli.pull.PullRequest;
import dev.dbmirror.cli.pull.SchemaReader;
import dev.dbmirror.cli.pull.TableBuilder;
import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Identity;
import dev.dbmirror.schema.model.Index;
import dev.dbmirror.schema.model.Key;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.ReferentialAction;
import dev.dbmirror.schema.model.Source;
import dev.dbmirror.schema.model.Table;
import dev.dbmirror.schema.model.TableKind;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads any JDBC database through {@link DatabaseMetaData}: tables and columns with one call per
 * schema; keys and indexes with one call per table, as JDBC requires a table name there. Names are
 * kept as the database stores them; types are lower case (SQLite: the declared type name).
 * Checks, enums and domains are not in {@code DatabaseMetaData} and stay empty; unique indexes are
 * listed as indexes.
 */
public final class MetaDataSchemaReader implements SchemaReader {

    private static final String SQLITE_SCHEMA = "main";
    private static final Set<Integer> SIZED_TYPES = Set.of(java.sql.Types.CHAR, java.sql.Types.VARCHAR,
            java.sql.Types.NCHAR, java.sql.Types.NVARCHAR, java.sql.Types.BINARY, java.sql.Types.VARBINARY);
    private static final Set<Integer> DECIMAL_TYPES = Set.of(java.sql.Types.DECIMAL, java.sql.Types.NUMERIC);

    @Override
    public Mirror read(Connection connection, PullRequest request, Progress progress) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String dialect = dialect(meta);
        boolean sqlite = dialect.equals("sqlite");
        List<String> schemas = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        for (String requested : request.schemas()) {
            String schema = sqlite ? null : actualSchema(meta, requested);
            String label = sqlite ? SQLITE_SCHEMA : schema;
            schemas.add(label);
            progress.stage("reading schema " + label);
            Map<String, TableBuilder> relations = relations(meta, schema, label, request);
            columns(meta, schema, relations, sqlite);
            primaryKeys(meta, schema, relations);
            foreignKeys(meta, schema, label, relations);
            indexes(meta, schema, relations);
            relations.values().forEach(r -> tables.add(r.build()));
        }
        Integer major = sqlite ? null : meta.getDatabaseMajorVersion();
        return new Mirror(Mirror.FORMAT, new Source(dialect, major, schemas), List.of(), List.of(), tables);
    }

    private static String dialect(DatabaseMetaData meta) throws SQLException {
        return meta.getDatabaseProductName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The schema as the database spells it ({@code public} finds H2's {@code PUBLIC}). */
    private static String actualSchema(DatabaseMetaData meta, String requested) throws SQLException {
        List<String> existing = new ArrayList<>();
        try (ResultSet rows = meta.getSchemas()) {
            while (rows.next()) {
                existing.add(rows.getString("TABLE_SCHEM"));
            }
        }
        return existing.stream().filter(requested::equals).findFirst()
                .or(() -> existing.stream().filter(requested::equalsIgnoreCase).findFirst())
                .orElseThrow(() -> new CliException("schema " + requested + " does not exist; this database has: "
                        + String.join(", ", existing)));
    }

    private static Map<String, TableBuilder> relations(DatabaseMetaData meta, String schema, String label, PullRequest request)
            throws SQLException {
        Map<String, TableBuilder> relations = new LinkedHashMap<>();
        try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE", "VIEW", "MATERIALIZED VIEW"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                if (request.filter().keeps(label, name)) {
                    TableKind kind = switch (rows.getString("TABLE_TYPE")) {
                        case "VIEW" -> TableKind.VIEW;
                        case "MATERIALIZED VIEW" -> TableKind.MATERIALIZED_VIEW;
                        default -> TableKind.TABLE;
                    };
                    relations.put(name, new TableBuilder(label, name, kind, emptyToNull(rows.getString("REMARKS"))));
                }
            }
        }
        return relations;
    }

    private static void columns(DatabaseMetaData meta, String schema, Map<String, TableBuilder> relations, boolean sqlite)
            throws SQLException {
        Map<String, TreeMap<Integer, Column>> ordered = new LinkedHashMap<>();
        try (ResultSet rows = meta.getColumns(null, schema, "%", "%")) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME");
                if (!relations.containsKey(table)) {
                    continue;
                }
                String expression = rows.getString("COLUMN_DEF");
                boolean generated = "YES".equals(optional(rows, "IS_GENERATEDCOLUMN"));
                Identity identity = "YES".equals(optional(rows, "IS_AUTOINCREMENT")) ? Identity.BY_DEFAULT : null;
                Column column = new Column(rows.getString("COLUMN_NAME"), type(rows, sqlite),
                        rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                        generated || identity != null ? null : expression, identity, generated ? expression : null,
                        emptyToNull(rows.getString("REMARKS")));
                ordered.computeIfAbsent(table, t -> new TreeMap<>()).put(rows.getInt("ORDINAL_POSITION"), column);
            }
        }
        ordered.forEach((table, columns) -> relations.get(table).columns().addAll(columns.values()));
    }

    private static String type(ResultSet rows, boolean sqlite) throws SQLException {
        String name = rows.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
        int jdbcType = rows.getInt("DATA_TYPE");
        int size = rows.getInt("COLUMN_SIZE");
        if (sqlite || name.contains("(") || size <= 0) {
            return name;
        }
        if (SIZED_TYPES.contains(jdbcType)) {
            return name + "(" + size + ")";
        }
        if (DECIMAL_TYPES.contains(jdbcType)) {
            return name + "(" + size + "," + rows.getInt("DECIMAL_DIGITS") + ")";
        }
        return name;
    }

    private static void primaryKeys(DatabaseMetaData meta, String schema, Map<String, TableBuilder> relations)
            throws SQLException {
        Map<String, TreeMap<Integer, String>> columns = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (String table : relations.keySet()) {
            try (ResultSet rows = meta.getPrimaryKeys(null, schema, table)) {
                while (rows.next()) {
                    String owner = rows.getString("TABLE_NAME");
                    if (relations.containsKey(owner)) {
                        String name = rows.getString("PK_NAME");
                        names.put(owner, name == null ? owner + "_pkey" : name);
                        columns.computeIfAbsent(owner, t -> new TreeMap<>()).put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
                    }
                }
            }
        }
        columns.forEach((table, keyColumns) ->
                relations.get(table).primaryKey(new Key(names.get(table), List.copyOf(keyColumns.values()))));
    }

    private static void foreignKeys(DatabaseMetaData meta, String schema, String label, Map<String, TableBuilder> relations)
            throws SQLException {
        Map<String, ForeignKeyRows> keys = new TreeMap<>();
        for (String table : relations.keySet()) {
            try (ResultSet rows = meta.getImportedKeys(null, schema, table)) {
                while (rows.next()) {
                    String owner = rows.getString("FKTABLE_NAME");
                    if (!relations.containsKey(owner)) {
                        continue;
                    }
                    String name = rows.getString("FK_NAME");
                    String targetTable = rows.getString("PKTABLE_NAME");
                    String key = owner + "\0" + (name == null || name.isEmpty() ? owner + "_" + targetTable + "_fkey" : name);
                    String targetSchema = rows.getString("PKTABLE_SCHEM");
                    ReferentialAction onUpdate = action(rows.getShort("UPDATE_RULE"));
                    ReferentialAction onDelete = action(rows.getShort("DELETE_RULE"));
                    keys.computeIfAbsent(key, k -> new ForeignKeyRows(owner, k.substring(owner.length() + 1),
                                    targetSchema == null ? label : targetSchema, targetTable, onUpdate, onDelete))
                            .add(rows.getInt("KEY_SEQ"), rows.getString("FKCOLUMN_NAME"), rows.getString("PKCOLUMN_NAME"));
                }
            }
        }
        keys.values().forEach(fk -> relations.get(fk.table).foreignKeys().add(fk.toForeignKey()));
    }

    private static void indexes(DatabaseMetaData meta, String schema, Map<String, TableBuilder> relations)
            throws SQLException {
        Map<String, IndexRows> indexes = new TreeMap<>();
        for (String table : relations.keySet()) {
            try (ResultSet rows = meta.getIndexInfo(null, schema, table, false, false)) {
                while (rows.next()) {
                    String owner = rows.getString("TABLE_NAME");
                    String name = rows.getString("INDEX_NAME");
                    if (rows.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic || name == null
                            || !relations.containsKey(owner)) {
                        continue;
                    }
                    String column = rows.getString("COLUMN_NAME");
                    boolean unique = !rows.getBoolean("NON_UNIQUE");
                    indexes.computeIfAbsent(owner + "\0" + name, k -> new IndexRows(owner, name, unique))
                            .columns.put((int) rows.getShort("ORDINAL_POSITION"), column == null ? "(?)" : column);
                }
            }
        }
        for (IndexRows index : indexes.values()) {
            TableBuilder relation = relations.get(index.table);
            List<String> columns = List.copyOf(index.columns.values());
            boolean backsPrimaryKey = relation.primaryKey() != null && index.unique && relation.primaryKey().columns().equals(columns);
            if (!backsPrimaryKey) {
                relation.indexes().add(new Index(index.name, index.unique, columns, null));
            }
        }
    }

    private static ReferentialAction action(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> ReferentialAction.CASCADE;
            case DatabaseMetaData.importedKeySetNull -> ReferentialAction.SET_NULL;
            case DatabaseMetaData.importedKeySetDefault -> ReferentialAction.SET_DEFAULT;
            case DatabaseMetaData.importedKeyRestrict -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    /** A column some drivers do not provide. */
    private static String optional(ResultSet rows, String column) {
        try {
            return rows.getString(column);
        } catch (SQLException e) {
            return null;
        }
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static final class ForeignKeyRows {

        private final String table;
        private final String name;
        private final String targetSchema;
        private final String targetTable;
        private final ReferentialAction onUpdate;
        private final ReferentialAction onDelete;
        private final TreeMap<Integer, String[]> pairs = new TreeMap<>();

        ForeignKeyRows(String table, String name, String targetSchema, String targetTable,
                       ReferentialAction onUpdate, ReferentialAction onDelete) {
            this.table = table;
            this.name = name;
            this.targetSchema = targetSchema;
            this.targetTable = targetTable;
            this.onUpdate = onUpdate;
            this.onDelete = onDelete;
        }

        ForeignKeyRows add(int sequence, String column, String referenced) {
            pairs.put(sequence, new String[] {column, referenced});
            return this;
        }

        ForeignKey toForeignKey() {
            return new ForeignKey(name, pairs.values().stream().map(p -> p[0]).toList(),
                    new ForeignKey.Reference(targetSchema, targetTable, pairs.values().stream().map(p -> p[1]).toList()),
                    onUpdate, onDelete);
        }
    }

    private static final class IndexRows {

        private final String table;
        private final String name;
        private final boolean unique;
        private final TreeMap<Integer, String> columns = new TreeMap<>();

        IndexRows(String table, String name, boolean unique) {
            this.table = table;
            this.name = name;
            this.unique = unique;
        }
    }
}
