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
     * The key columns of index {@code i} as pg_get_indexdef lists them, or NULL if it would print more
     * than a key's name: a sort option, a collation other than the column's, operator class options,
     * or an operator class other than the default for exactly the column's type (it prints one found
     * by binary coercion, for varchar or arrays, and one declared for a domain). The default operator
     * classes are hashed once per query.
     */
    private static final String PLAIN_KEY_COLUMNS = """
            SELECT CASE WHEN bool_and(k.opt = 0 AND k.coll = ta.attcollation AND ia.attoptions IS NULL
                                      AND (k.opclass, ta.atttypid) IN (SELECT oc.oid, oc.opcintype
                                                                       FROM pg_opclass oc JOIN pg_type t ON t.oid = oc.opcintype
                                                                       WHERE oc.opcdefault AND t.typtype <> 'd'))
                        THEN string_agg(quote_ident(ta.attname), ', ' ORDER BY k.n) END
            FROM unnest(i.indkey::int2[], i.indclass::oid[], i.indcollation::oid[], i.indoption::int2[])
                 WITH ORDINALITY AS k(attnum, opclass, coll, opt, n)
            JOIN pg_attribute ta ON ta.attrelid = i.indrelid AND ta.attnum = k.attnum
            JOIN pg_attribute ia ON ia.attrelid = i.indexrelid AND ia.attnum = k.n""";

    /**
     * Indexes other than those backing a primary key, unique or exclusion constraint; key columns as
     * attribute numbers (0 for an expression), and the text of each key only for expression indexes.
     * pg_get_indexdef costs up to 0.1 ms of server CPU per index, most of it finding each key's default
     * operator class in pg_opclass, so a plain index's definition is built here as the same text. An
     * index with expressions, a predicate, INCLUDE, WITH options, NULLS NOT DISTINCT, on a partitioned
     * table (ON ONLY) or with a key that is not plain still gets pg_get_indexdef's. NULLS NOT DISTINCT
     * exists from PostgreSQL 15, so the text depends on the server version, which the driver knows from
     * connecting; leaving every unique index to pg_get_indexdef instead would make them all pay.
     */
    static String indexes(int serverMajor) {
        return indexes(serverMajor, "pg_get_indexdef(i.indexrelid)");
    }

    /** {@link #indexes(int)} with {@code otherwise} as the definition of an index that is not plain (tests use NULL). */
    static String indexes(int serverMajor, String otherwise) {
        return "WITH rel AS (SELECT c.oid, n.nspname, c.relname " + RELATION_FILTER + ")\n" + """
                SELECT i.indrelid, ic.relname, i.indisunique,
                       COALESCE(CASE WHEN i.indexprs IS NULL AND i.indpred IS NULL AND i.indnatts = i.indnkeyatts
                                          AND ic.relkind = 'i' AND ic.reloptions IS NULL%s
                                     THEN 'CREATE ' || CASE WHEN i.indisunique THEN 'UNIQUE ' ELSE '' END
                                          || 'INDEX ' || quote_ident(ic.relname)
                                          || ' ON ' || quote_ident(rel.nspname) || '.' || quote_ident(rel.relname)
                                          || ' USING ' || quote_ident(am.amname) || ' (' || (%s) || ')'
                                END, %s) AS definition,
                       i.indnkeyatts, i.indkey::int2[] AS keys,
                       CASE WHEN i.indexprs IS NOT NULL
                            THEN ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) FROM generate_series(1, i.indnkeyatts) k ORDER BY k)
                       END AS key_texts
                FROM rel
                JOIN pg_index i ON i.indrelid = rel.oid
                JOIN pg_class ic ON ic.oid = i.indexrelid
                JOIN pg_am am ON am.oid = ic.relam
                WHERE i.indexrelid NOT IN (SELECT k.conindid FROM pg_constraint k WHERE k.contype IN ('p', 'u', 'x'))"""
                .formatted(serverMajor >= 15 ? " AND NOT i.indnullsnotdistinct" : "", PLAIN_KEY_COLUMNS, otherwise);
    }

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
