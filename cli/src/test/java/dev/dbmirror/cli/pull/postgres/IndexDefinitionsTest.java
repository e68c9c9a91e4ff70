package dev.dbmirror.cli.pull.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbmirror.cli.support.Cli;
import dev.dbmirror.cli.support.PostgresServer;
import dev.dbmirror.cli.support.TestDatabase;
import dev.dbmirror.schema.io.Mirrors;
import dev.dbmirror.schema.model.Index;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Table;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The index query builds the definition of a plain index itself and asks pg_get_indexdef for every
 * other one; either way the text must be exactly what pg_get_indexdef prints. Run with NULL in place
 * of pg_get_indexdef, the query shows which indexes it builds.
 */
class IndexDefinitionsTest {

    private static final String[] SCHEMAS = {"public", "Odd Schema"};

    /** Indexes with nothing but their names, method, UNIQUE and key columns to print. */
    private static final Set<String> PLAIN = Set.of("items_sku_idx", "items_qty_created_idx", "items_sku_qty_key",
            "items_sku_hash", "items_doc_gin", "items_body_gin", "items_area_gist", "items_body_gist",
            "items_created_brin", "items_label_idx", "select", "MixedCase", "Order Lines key", "say \"hi\"");

    /** Indexes with one thing more each, which only pg_get_indexdef prints. */
    private static final Set<String> NOT_PLAIN = Set.of(
            "items_created_desc",     // DESC
            "items_qty_nulls_first",  // NULLS FIRST
            "items_sku_pattern",      // an operator class that is not the default
            "items_sku_c",            // COLLATE other than the column's
            "items_name_idx",         // varchar: text_ops is its default only through binary coercion
            "items_tags_gin",         // an array: array_ops is for anyarray
            "items_mood_idx",         // an enum: enum_ops is for anyenum
            "items_price_idx",        // a domain: its base type's default operator class
            "items_code_ops",         // a default operator class declared for the domain itself, which is printed
            "items_body_siglen",      // the default operator class, with options
            "items_lower_sku",        // an expression
            "items_qty_lower_sku",    // a column and an expression
            "items_positive_qty",     // a predicate
            "items_sku_incl",         // INCLUDE
            "items_qty_fillfactor",   // WITH (fillfactor)
            "items_sku_nnd",          // NULLS NOT DISTINCT
            "events_at_idx");         // on a partitioned table: ON ONLY

    private static TestDatabase db;

    @TempDir
    Path dir;

    @BeforeAll
    static void schema() {
        db = PostgresServer.createDatabase();
        db.sql("CREATE SCHEMA \"Odd Schema\"",
                "CREATE TYPE public.mood AS ENUM ('sad', 'fine')",
                "CREATE DOMAIN public.amount AS numeric(10,2)",
                "CREATE DOMAIN public.code AS integer",
                """
                CREATE OPERATOR CLASS public.code_ops DEFAULT FOR TYPE public.code USING btree AS
                  OPERATOR 1 <(integer, integer), OPERATOR 2 <=(integer, integer), OPERATOR 3 =(integer, integer),
                  OPERATOR 4 >=(integer, integer), OPERATOR 5 >(integer, integer),
                  FUNCTION 1 (public.code, public.code) btint4cmp(integer, integer)""",
                """
                CREATE TABLE public.items (id integer PRIMARY KEY, sku text, qty integer, created_at timestamptz,
                  doc jsonb, body tsvector, area box, name varchar(40), price public.amount, code public.code,
                  tags text[], mood public.mood, label text COLLATE "C")""",
                "CREATE INDEX items_sku_idx ON public.items (sku)",
                "CREATE INDEX items_qty_created_idx ON public.items (qty, created_at)",
                "CREATE UNIQUE INDEX items_sku_qty_key ON public.items (sku, qty)",
                "CREATE INDEX items_sku_hash ON public.items USING hash (sku)",
                "CREATE INDEX items_doc_gin ON public.items USING gin (doc)",
                "CREATE INDEX items_body_gin ON public.items USING gin (body)",
                "CREATE INDEX items_area_gist ON public.items USING gist (area)",
                "CREATE INDEX items_body_gist ON public.items USING gist (body)",
                "CREATE INDEX items_created_brin ON public.items USING brin (created_at)",
                "CREATE INDEX items_label_idx ON public.items (label)",
                "CREATE INDEX items_created_desc ON public.items (created_at DESC)",
                "CREATE INDEX items_qty_nulls_first ON public.items (qty NULLS FIRST)",
                "CREATE INDEX items_sku_pattern ON public.items (sku text_pattern_ops)",
                "CREATE INDEX items_sku_c ON public.items (sku COLLATE \"C\")",
                "CREATE INDEX items_name_idx ON public.items (name)",
                "CREATE INDEX items_tags_gin ON public.items USING gin (tags)",
                "CREATE INDEX items_mood_idx ON public.items (mood)",
                "CREATE INDEX items_price_idx ON public.items (price)",
                "CREATE INDEX items_code_ops ON public.items (code public.code_ops)",
                "CREATE INDEX items_body_siglen ON public.items USING gist (body tsvector_ops (siglen = 100))",
                "CREATE INDEX items_lower_sku ON public.items (lower(sku))",
                "CREATE INDEX items_qty_lower_sku ON public.items (qty, lower(sku))",
                "CREATE INDEX items_positive_qty ON public.items (qty) WHERE qty > 0",
                "CREATE INDEX items_sku_incl ON public.items (sku) INCLUDE (qty)",
                "CREATE INDEX items_qty_fillfactor ON public.items (qty) WITH (fillfactor = 70)",
                "CREATE UNIQUE INDEX items_sku_nnd ON public.items (sku) NULLS NOT DISTINCT",
                "CREATE TABLE \"Odd Schema\".\"Order Lines\" (\"select\" integer, \"MixedCase\" text, \"line no\" integer, plain integer)",
                "CREATE INDEX \"select\" ON \"Odd Schema\".\"Order Lines\" (\"select\")",
                "CREATE INDEX \"MixedCase\" ON \"Odd Schema\".\"Order Lines\" (\"MixedCase\", \"line no\")",
                "CREATE UNIQUE INDEX \"Order Lines key\" ON \"Odd Schema\".\"Order Lines\" (plain, \"select\")",
                "CREATE TABLE public.\"user\" (\"position\" integer, \"say \"\"hi\"\"\" text)",
                "CREATE INDEX \"say \"\"hi\"\"\" ON public.\"user\" (\"position\", \"say \"\"hi\"\"\")",
                "CREATE TABLE public.events (id bigint, at date) PARTITION BY RANGE (at)",
                "CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
                "CREATE INDEX events_at_idx ON public.events (at)");
    }

    /** With quote_all_identifiers on, pg_get_indexdef quotes every name, and so does quote_ident. */
    @ParameterizedTest(name = "quote_all_identifiers = {0}")
    @ValueSource(booleans = {false, true})
    void plainIndexesAreBuiltInSqlAsPgGetIndexdefPrintsThem(boolean quoteAll) throws SQLException {
        Map<String, String> built = run(CatalogQueries.indexes(15, "NULL"), quoteAll);

        assertEquals(new TreeSet<>(union(PLAIN, NOT_PLAIN)), new TreeSet<>(built.keySet()),
                "every index but the primary key's");
        assertEquals(new TreeSet<>(PLAIN), builtOnes(built));
        Map<String, String> printed = pgGetIndexdef(quoteAll);
        for (String name : PLAIN) {
            assertEquals(printed.get(name), built.get(name), name);
        }
    }

    @Test
    void everyDefinitionIsWhatPgGetIndexdefPrints() throws SQLException {
        Map<String, String> definitions = run(CatalogQueries.indexes(15), false);

        Map<String, String> printed = pgGetIndexdef(false);
        assertEquals(PLAIN.size() + NOT_PLAIN.size(), definitions.size());
        definitions.forEach((name, definition) -> assertEquals(printed.get(name), definition, name));
    }

    @Test
    void aPulledMirrorHasTheDefinitionsPgGetIndexdefPrints() throws Exception {
        Path file = dir.resolve("indexes.json");
        Cli.Result result = Cli.with(dir).run("pull", "--url", db.url(), "--user", PostgresServer.SUPERUSER,
                "--schema", "public", "--schema", "Odd Schema", "--mirror", file.toString());
        assertEquals(0, result.exitCode(), result::toString);
        Mirror mirror = Mirrors.load(file);

        Map<String, String> printed = pgGetIndexdef(false);
        Set<String> pulled = new TreeSet<>();
        for (Table table : mirror.tables()) {
            for (Index index : table.indexes()) {
                pulled.add(index.name());
                assertNotNull(printed.get(index.name()), index.name());
                assertEquals(printed.get(index.name()), index.definition(), table.qualifiedName() + " " + index.name());
            }
        }
        assertEquals(new TreeSet<>(union(PLAIN, NOT_PLAIN)), pulled);
    }

    /**
     * Before PostgreSQL 15 there is no indnullsnotdistinct, and the query does not name it. On this
     * server, that text still runs, and takes the NULLS NOT DISTINCT index for plain: the condition
     * is what keeps it out on 15.
     */
    @Test
    void theQueryForServersBefore15LeavesOutNullsNotDistinct() throws SQLException {
        assertTrue(CatalogQueries.indexes(15).contains("indnullsnotdistinct"));
        assertFalse(CatalogQueries.indexes(14).contains("indnullsnotdistinct"));

        Map<String, String> built = run(CatalogQueries.indexes(14, "NULL"), false);

        assertEquals(new TreeSet<>(union(PLAIN, Set.of("items_sku_nnd"))), builtOnes(built));
    }

    /** Index name to definition, as the query gives them in a pull's session. */
    private static Map<String, String> run(String sql, boolean quoteAll) throws SQLException {
        Map<String, String> definitions = new HashMap<>();
        try (Connection connection = db.superuser().getConnection()) {
            connection.setAutoCommit(false);
            try (Statement session = connection.createStatement()) {
                session.execute(CatalogQueries.SESSION);
                session.execute("SET LOCAL quote_all_identifiers = " + quoteAll);
            }
            try (PreparedStatement query = CatalogQueries.prepare(connection, sql, SCHEMAS);
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    definitions.put(rows.getString("relname"), rows.getString("definition"));
                }
            }
            connection.rollback();
        }
        return definitions;
    }

    /** What pg_get_indexdef prints for each index of the schemas. */
    private static Map<String, String> pgGetIndexdef(boolean quoteAll) throws SQLException {
        Map<String, String> definitions = new HashMap<>();
        try (Connection connection = db.superuser().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SET quote_all_identifiers = " + quoteAll);
            try (ResultSet rows = statement.executeQuery("""
                    SELECT c.relname, pg_get_indexdef(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE c.relkind IN ('i', 'I') AND n.nspname IN ('public', 'Odd Schema')""")) {
                while (rows.next()) {
                    definitions.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return definitions;
    }

    private static Set<String> builtOnes(Map<String, String> definitions) {
        Set<String> names = new TreeSet<>();
        definitions.forEach((name, definition) -> {
            if (definition != null) {
                names.add(name);
            }
        });
        return names;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
