package dev.dbmirror.cli.pull.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * The fixed set of bulk queries over {@code pg_catalog}. Each reads one kind of object for every
 * relation of the requested schemas at once; none is run per table. Parameter 1 of the relation
 * queries is the schema names as a {@code text[]}.
 */
final class CatalogQueries {

    private CatalogQueries() {
    }

    /** Output of expressions, types and regclass names independent of the login's settings. */
    static final String SESSION = "SET LOCAL search_path = public; SET LOCAL DateStyle = 'ISO, MDY';"
            + " SET LOCAL IntervalStyle = postgres; SET LOCAL extra_float_digits = 1";

    /** Every non-system schema, whether it was asked for, whether the login may use it. */
    static final String SCHEMAS = """
            SELECT n.nspname, n.nspname = ANY (?::text[]) AS wanted, has_schema_privilege(n.oid, 'USAGE') AS usable
            FROM pg_namespace n
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
            ORDER BY n.nspname""";

    /** Tables, partitioned tables, views, materialized views and foreign tables; no partitions, none owned by an extension. */
    private static final String RELATION_FILTER = """
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?::text[])
              AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
              AND NOT c.relispartition
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')""";

    private static final String WITH_RELATIONS = "WITH rel AS (SELECT c.oid " + RELATION_FILTER + ")\n";

    static final String RELATIONS = """
            SELECT c.oid, n.nspname, c.relname, c.relkind,
                   (SELECT d.description FROM pg_description d
                    WHERE d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0) AS description,
                   has_any_column_privilege(c.oid, 'SELECT') AS readable
            """ + RELATION_FILTER;

    /**
     * Columns. The type text is worked out once per distinct (type, modifier): {@code MATERIALIZED}
     * keeps the planner from inlining it into a subplan run once per column. Defaults and comments
     * are joined before the types: after that two-column join the planner expects a handful of rows
     * and would look each default and comment up by index, a third slower than hashing them. A
     * default cannot refer to a column, so it is deparsed without its relation (relation 0), which
     * spares opening every table; a generated column's expression does refer to columns and is
     * deparsed with it.
     */
    static final String COLUMNS = WITH_RELATIONS + """
            , col AS (SELECT a.attrelid, a.attnum, a.attname, a.atttypid, a.atttypmod, a.attnotnull, a.attidentity, a.attgenerated,
                             pg_get_expr(ad.adbin, CASE WHEN a.attgenerated = '' THEN 0 ELSE ad.adrelid END) AS expression,
                             ds.description
                      FROM rel JOIN pg_attribute a ON a.attrelid = rel.oid
                      LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
                      LEFT JOIN pg_description ds ON ds.objoid = a.attrelid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = a.attnum
                      WHERE a.attnum > 0 AND NOT a.attisdropped)
            , typ AS MATERIALIZED (SELECT d.atttypid, d.atttypmod, %s AS type
                                   FROM (SELECT DISTINCT atttypid, atttypmod FROM col) d)
            SELECT col.attrelid, col.attnum, col.attname, typ.type, col.attnotnull, col.expression,
                   col.attidentity, col.attgenerated, col.description
            FROM col
            JOIN typ ON typ.atttypid = col.atttypid AND typ.atttypmod = col.atttypmod
            ORDER BY col.attrelid, col.attnum""".formatted(typeText("d.atttypid", "d.atttypmod"));

    /**
     * Primary keys, uniques, foreign keys (clones made for partitions left out) and checks. Key
     * columns come as attribute numbers, named from the columns already read.
     */
    static final String CONSTRAINTS = WITH_RELATIONS + """
            SELECT con.conrelid, con.conname, con.contype, con.conkey, con.confrelid, con.confkey,
                   fn.nspname AS ref_schema, fc.relname AS ref_table,
                   con.confupdtype, con.confdeltype,
                   CASE WHEN con.contype = 'c' THEN pg_get_constraintdef(con.oid) END AS definition
            FROM rel
            JOIN pg_constraint con ON con.conrelid = rel.oid
            LEFT JOIN pg_class fc ON fc.oid = con.confrelid
            LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
            WHERE con.contype IN ('p', 'u', 'f', 'c') AND con.conparentid = 0""";

    /**
     * Indexes other than those backing a primary key, unique or exclusion constraint; key columns as
     * attribute numbers (0 for an expression), and the text of each key only for expression indexes.
     */
    static final String INDEXES = WITH_RELATIONS + """
            SELECT i.indrelid, ic.relname, i.indisunique, pg_get_indexdef(i.indexrelid) AS definition,
                   i.indnkeyatts, i.indkey::int2[] AS keys,
                   CASE WHEN i.indexprs IS NOT NULL
                        THEN ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) FROM generate_series(1, i.indnkeyatts) k ORDER BY k)
                   END AS key_texts
            FROM rel
            JOIN pg_index i ON i.indrelid = rel.oid
            JOIN pg_class ic ON ic.oid = i.indexrelid
            WHERE i.indexrelid NOT IN (SELECT k.conindid FROM pg_constraint k WHERE k.contype IN ('p', 'u', 'x'))""";

    /** User types not owned by an extension, from every schema: a column may use one from a schema not pulled. */
    private static final String USER_TYPE_FILTER = """
            FROM pg_type t
            JOIN pg_namespace n ON n.oid = t.typnamespace
            LEFT JOIN pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_type'::regclass AND d.objsubid = 0
            WHERE t.typtype = '%s'
              AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')""";

    static final String ENUMS = """
            SELECT n.nspname, t.typname,
                   ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels,
                   d.description
            """ + USER_TYPE_FILTER.formatted("e");

    static final String DOMAINS = """
            SELECT n.nspname, t.typname, %s AS type, t.typnotnull, pg_get_expr(t.typdefaultbin, 0) AS expression,
                   ARRAY(SELECT c.conname::text FROM pg_constraint c
                         WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname) AS check_names,
                   ARRAY(SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c
                         WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname) AS check_definitions,
                   d.description
            """.formatted(typeText("t.typbasetype", "t.typtypmod")) + USER_TYPE_FILTER.formatted("d");

    /**
     * The type text of the mirror: enums and domains (and arrays of them) as {@code schema.name[]},
     * whatever the search path; other types as {@code format_type} prints them, without a schema.
     */
    private static String typeText(String typeOid, String typmod) {
        return """
                (SELECT CASE WHEN x.user_type THEN x.qualified
                             WHEN starts_with(x.formatted, x.prefix) THEN substr(x.formatted, length(x.prefix) + 1)
                             ELSE x.formatted END
                 FROM (SELECT et.typtype IN ('e', 'd') AS user_type,
                              etn.nspname || '.' || et.typname || CASE WHEN et.oid <> ty.oid THEN '[]' ELSE '' END AS qualified,
                              format_type(ty.oid, %s) AS formatted,
                              quote_ident(etn.nspname) || '.' AS prefix
                       FROM pg_type ty
                       JOIN pg_type et ON et.oid = CASE WHEN ty.typcategory = 'A' AND ty.typelem <> 0 THEN ty.typelem ELSE ty.oid END
                       JOIN pg_namespace etn ON etn.oid = et.typnamespace
                       WHERE ty.oid = %s) x)""".formatted(typmod, typeOid);
    }

    /** A relation query with the schema names bound as its {@code text[]} parameter. */
    static PreparedStatement prepare(Connection connection, String sql, String[] schemas) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setArray(1, connection.createArrayOf("text", schemas));
        return statement;
    }

    /** A {@code text[]} column; empty for SQL NULL. */
    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
