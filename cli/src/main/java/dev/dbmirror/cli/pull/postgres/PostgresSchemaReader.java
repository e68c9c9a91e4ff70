package dev.dbmirror.cli.pull.postgres;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.connect.ConnectionSource;
import dev.dbmirror.cli.pull.Progress;
import dev.dbmirror.cli.pull.PullRequest;
import dev.dbmirror.cli.pull.SchemaReader;
import dev.dbmirror.cli.pull.TableBuilder;
import dev.dbmirror.schema.model.Check;
import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.Domain;
import dev.dbmirror.schema.model.EnumType;
import dev.dbmirror.schema.model.Identity;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Source;
import dev.dbmirror.schema.model.Table;
import dev.dbmirror.schema.model.TableKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads PostgreSQL through {@link CatalogQueries}: seven bulk queries in one read-only
 * REPEATABLE READ transaction, so the mirror is one consistent snapshot. Constraints and indexes
 * are fetched on a second connection in the same snapshot while the first reads relations and
 * columns ({@link SecondConnectionFetch}).
 */
public final class PostgresSchemaReader implements SchemaReader {

    static final String READ_ONLY_SNAPSHOT = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";

    private final ConnectionSource moreConnections;

    public PostgresSchemaReader(ConnectionSource moreConnections) {
        this.moreConnections = moreConnections;
    }

    @Override
    public Mirror read(Connection connection, PullRequest request, Progress progress) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement session = connection.createStatement()) {
            session.execute(READ_ONLY_SNAPSHOT);
            session.execute(CatalogQueries.SESSION);
        }
        String[] schemas = request.schemas().toArray(String[]::new);
        SecondConnectionFetch keysAndIndexes = SecondConnectionFetch.start(connection, moreConnections, schemas);
        checkSchemas(connection, request.schemas(), request.absentSchemasAllowed());
        progress.stage("reading relations");
        Map<Long, TableBuilder> relations = relations(connection, schemas, request);
        progress.stage("reading columns of " + relations.size() + " relations");
        ColumnNames names = columns(connection, schemas, relations);
        progress.stage("reading constraints and indexes");
        keysAndIndexes.result(connection, schemas).addTo(relations, names);
        progress.stage("reading enums and domains");
        List<EnumType> enums = enums(connection);
        List<Domain> domains = domains(connection);
        connection.rollback();
        List<Table> tables = relations.values().stream().map(TableBuilder::build).toList();
        int major = connection.getMetaData().getDatabaseMajorVersion();
        UserTypes used = UserTypes.usedBy(tables, domains, request.schemas());
        return new Mirror(Mirror.FORMAT, new Source("postgresql", major, request.schemas()),
                enums.stream().filter(e -> used.keeps(e.schema(), e.qualifiedName())).toList(),
                domains.stream().filter(d -> used.keeps(d.schema(), d.qualifiedName())).toList(),
                tables);
    }

    private static void checkSchemas(Connection connection, List<String> wanted, boolean absentAllowed) throws SQLException {
        List<String> existing = new ArrayList<>();
        List<String> found = new ArrayList<>();
        try (PreparedStatement query = CatalogQueries.prepare(connection, CatalogQueries.SCHEMAS, wanted.toArray(String[]::new));
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                existing.add(rows.getString(1));
                if (rows.getBoolean(2)) {
                    if (!rows.getBoolean(3)) {
                        throw new CliException("permission denied for schema " + rows.getString(1)
                                + "; grant USAGE on it to this user or leave it out of --schema");
                    }
                    found.add(rows.getString(1));
                }
            }
        }
        for (String schema : wanted) {
            if (!found.contains(schema) && !(absentAllowed && !existing.contains(schema))) {
                throw new CliException("schema " + schema + " does not exist; this database has: " + String.join(", ", existing));
            }
        }
    }

    private static Map<Long, TableBuilder> relations(Connection connection, String[] schemas, PullRequest request)
            throws SQLException {
        Map<Long, TableBuilder> relations = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        try (PreparedStatement query = CatalogQueries.prepare(connection, CatalogQueries.RELATIONS, schemas);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String schema = rows.getString("nspname");
                String name = rows.getString("relname");
                if (!request.filter().keeps(schema, name)) {
                    continue;
                }
                if (!rows.getBoolean("readable")) {
                    unreadable.add(schema + "." + name);
                }
                relations.put(rows.getLong("oid"),
                        new TableBuilder(schema, name, kind(rows.getString("relkind")), rows.getString("description")));
            }
        }
        if (!unreadable.isEmpty()) {
            throw new CliException("permission denied: this user may not read " + String.join(", ", unreadable)
                    + "; grant SELECT on it or leave it out with --exclude");
        }
        return relations;
    }

    private static ColumnNames columns(Connection connection, String[] schemas, Map<Long, TableBuilder> relations)
            throws SQLException {
        ColumnNames names = new ColumnNames();
        try (PreparedStatement query = CatalogQueries.prepare(connection, CatalogQueries.COLUMNS, schemas);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long relid = rows.getLong("attrelid");
                String name = rows.getString("attname");
                names.add(relid, rows.getInt("attnum"), name);
                TableBuilder relation = relations.get(relid);
                if (relation == null) {
                    continue;
                }
                String expression = rows.getString("expression");
                boolean generated = !rows.getString("attgenerated").isEmpty();
                relation.columns().add(new Column(name, rows.getString("type"),
                        !rows.getBoolean("attnotnull"), generated ? null : expression,
                        identity(rows.getString("attidentity")), generated ? expression : null,
                        rows.getString("description")));
            }
        }
        return names;
    }

    private static List<EnumType> enums(Connection connection) throws SQLException {
        List<EnumType> enums = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(CatalogQueries.ENUMS);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                enums.add(new EnumType(rows.getString("nspname"), rows.getString("typname"),
                        CatalogQueries.strings(rows.getArray("labels")), rows.getString("description")));
            }
        }
        return enums;
    }

    private static List<Domain> domains(Connection connection) throws SQLException {
        List<Domain> domains = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(CatalogQueries.DOMAINS);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                List<String> names = CatalogQueries.strings(rows.getArray("check_names"));
                List<String> definitions = CatalogQueries.strings(rows.getArray("check_definitions"));
                List<Check> checks = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) {
                    checks.add(new Check(names.get(i), definitions.get(i)));
                }
                domains.add(new Domain(rows.getString("nspname"), rows.getString("typname"), rows.getString("type"),
                        !rows.getBoolean("typnotnull"), rows.getString("expression"), checks,
                        rows.getString("description")));
            }
        }
        return domains;
    }

    private static TableKind kind(String relkind) {
        return switch (relkind) {
            case "r" -> TableKind.TABLE;
            case "p" -> TableKind.PARTITIONED_TABLE;
            case "v" -> TableKind.VIEW;
            case "m" -> TableKind.MATERIALIZED_VIEW;
            case "f" -> TableKind.FOREIGN_TABLE;
            default -> throw new IllegalStateException("relkind " + relkind);
        };
    }

    private static Identity identity(String attidentity) {
        return switch (attidentity) {
            case "a" -> Identity.ALWAYS;
            case "d" -> Identity.BY_DEFAULT;
            default -> null;
        };
    }
}
