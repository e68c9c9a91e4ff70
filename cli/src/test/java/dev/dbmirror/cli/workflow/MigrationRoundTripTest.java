package dev.dbmirror.cli.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbmirror.cli.support.Cli;
import dev.dbmirror.cli.support.PostgresServer;
import dev.dbmirror.cli.support.TestDatabase;
import dev.dbmirror.schema.io.MirrorWriter;
import dev.dbmirror.schema.io.Mirrors;
import dev.dbmirror.schema.model.Mirror;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The proof of {@code dbmirror migration}: for every kind of change of a mirror, alone and all at once,
 * on a schema that uses every feature the mirror records and on the sample application's real schema,
 * the generated migration applied with Flyway makes the database what the mirror wants — a pull gives
 * back exactly the changed mirror, byte for byte — and {@code verify} then exits 0. Destructive changes
 * are first generated without {@code --allow-destructive}: commented out, they change nothing. One
 * database; its schemas are dropped and loaded again for each case.
 */
class MigrationRoundTripTest {

    private static final Fixture RICH = new Fixture("rich", resource("/ddl/rich.sql"), List.of("public", "billing", "Odd Schema"),
            new MirrorChanges.Targets("public.shipments", "carrier", "order_id", "public.customers", "public.customers.created_at",
                    "public.kinds.k_varchar", "text", "public.orders.seq", "billing.invoices", "public.shipments.shipments_line_key",
                    "public.orders.orders_total_cap", "public.shipments.shipments_line_fkey",
                    "billing.invoices.invoices_customer_id_fkey", "public.customers.customers_tags_idx", "public.order_status",
                    "public.audit_log", "public.orders.total_with_tax"));
    private static final Fixture SAMPLE = new Fixture("sample", sample(), List.of("public"),
            new MirrorChanges.Targets("public.orders", "note", "placed_at", "public.customers", "public.customers.created_at",
                    "public.products.price", "numeric(14,2)", "public.products.id", "public.order_items",
                    "public.products.products_sku_key", "public.products.products_price_check",
                    "public.orders.orders_customer_id_fkey", "public.order_items.order_items_order_id_fkey",
                    "public.orders.orders_customer_id_idx", "public.order_status", null, null));

    private static TestDatabase db;

    @TempDir
    Path dir;

    /** A schema to start from, its schemas, and the objects the changes work on. */
    private record Fixture(String name, String sql, List<String> schemas, MirrorChanges.Targets targets) {

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void database() {
        db = PostgresServer.createDatabase();
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Fixture fixture : List.of(RICH, SAMPLE)) {
            MirrorChanges changes = new MirrorChanges(fixture.targets());
            changes.each().forEach(change -> cases.add(Arguments.of(fixture, change)));
            cases.add(Arguments.of(fixture, changes.combined()));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void theMigrationMakesTheDatabaseWhatTheMirrorWants(Fixture fixture, MirrorChanges.Change change) throws Exception {
        reset(fixture);
        Path project = Files.createDirectories(dir.resolve("project"));
        assertEquals(0, cli(project, "init", "--mode", "repository").exitCode());
        Mirror base = pull(project, dir.resolve("base.json"), fixture.schemas());
        Mirror desired = change.apply().apply(base);
        Path mirror = project.resolve("db/schema/tables.json");
        Mirrors.save(desired, mirror);
        String wanted = Files.readString(mirror);
        Path migrations = project.resolve("db/migrations");

        if (change.destructive()) {
            Path held = migration(project, "held back");
            String script = Files.readString(held);
            assertTrue(script.contains("-- WARNING: destructive: "), script);
            db.sql(script);
            Files.delete(held);
            assertEquals(2, cli(project, "verify", "--url", db.url(), "--user", PostgresServer.SUPERUSER).exitCode(),
                    "the destructive statements were comments, so the database still lacks something:\n" + script);
        }

        Path file = migration(project, "the change", "--allow-destructive");
        String script = Files.readString(file);
        assertFalse(script.contains("TO DO"), script);
        Flyway.migrate(db.superuser(), migrations);

        pull(project, dir.resolve("after.json"), desired.source().schemas());
        assertEquals(wanted, Files.readString(dir.resolve("after.json")), script);
        Cli.Result verify = cli(project, "verify", "--url", db.url(), "--user", PostgresServer.SUPERUSER);
        assertEquals(0, verify.exitCode(), verify + "\n" + script);
        Cli.Result again = cli(project, "migration", "--name", "again", "--url", db.url(), "--user", PostgresServer.SUPERUSER);
        assertEquals(0, again.exitCode(), again::toString);
        assertTrue(again.out().startsWith("no difference: "), again::toString);
    }

    /** The fixture's schemas, freshly loaded; Flyway's history goes with them. */
    private static void reset(Fixture fixture) {
        db.sql("DROP SCHEMA IF EXISTS public, billing, \"Odd Schema\", rt_new CASCADE", "CREATE SCHEMA public", fixture.sql());
    }

    private Path migration(Path project, String name, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("migration", "--name", name, "--url", db.url(), "--user", PostgresServer.SUPERUSER));
        args.addAll(List.of(more));
        Cli.Result result = cli(project, args.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("wrote "), result::toString);
        try (Stream<Path> files = Files.list(project.resolve("db/migrations"))) {
            List<Path> sql = files.filter(f -> f.toString().endsWith(".sql")).toList();
            assertEquals(1, sql.size(), sql::toString);
            assertTrue(sql.get(0).getFileName().toString().matches("V\\d{14}__" + name.replace(' ', '_') + "\\.sql"), sql::toString);
            return sql.get(0);
        }
    }

    private Mirror pull(Path project, Path file, List<String> schemas) throws Exception {
        List<String> args = new ArrayList<>(List.of("pull", "--url", db.url(), "--user", PostgresServer.SUPERUSER,
                "--mirror", file.toString()));
        schemas.forEach(s -> args.addAll(List.of("--schema", s)));
        Cli.Result result = cli(project, args.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result::toString);
        Mirror pulled = Mirrors.load(file);
        assertEquals(MirrorWriter.write(pulled), Files.readString(file));
        return pulled;
    }

    private static Cli.Result cli(Path project, String... args) {
        return Cli.with(project).in(project).run(args);
    }

    private static String resource(String name) {
        try (InputStream in = MigrationRoundTripTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample application's own first migration: a real schema, as its Flyway set-up creates it. */
    private static String sample() {
        try {
            return Files.readString(Path.of("../sample-app/db/migrations/V1__shop.sql"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
