package dev.dbmirror.cli.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbmirror.cli.support.Cli;
import dev.dbmirror.cli.support.PostgresServer;
import dev.dbmirror.cli.support.TestDatabase;
import dev.dbmirror.schema.io.Mirrors;
import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.EnumType;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What migration prints (text, JSON, warnings on stderr) and its errors, after which no file exists. */
class MigrationCommandTest {

    private static TestDatabase db;

    @TempDir
    Path dir;

    private Path migrations;

    @BeforeAll
    static void database() {
        db = PostgresServer.createDatabase();
        db.sql("CREATE TABLE accounts (id integer PRIMARY KEY, legacy text)");
    }

    @BeforeEach
    void repositoryProject() {
        assertEquals(0, cli("init", "--mode", "repository").exitCode());
        assertEquals(0, cli("add-table", "--name", "accounts", "--columns", "id:int:pk").exitCode());
        migrations = dir.resolve("db/migrations");
    }

    private Cli.Result cli(String... args) {
        return Cli.with(dir).in(dir).run(args);
    }

    private Cli.Result migration(String... more) {
        return cli(Stream.concat(Stream.of("migration", "--url", db.url(), "--user", PostgresServer.SUPERUSER), Stream.of(more))
                .toArray(String[]::new));
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> files = Files.list(migrations)) {
            return files.toList();
        }
    }

    @Test
    void aDestructiveStatementIsHeldBackAndCountedOnStderr() throws Exception {
        Cli.Result result = migration("--name", "Drop legacy!", "--format", "json");

        assertEquals(0, result.exitCode(), result::toString);
        Path file = files().get(0);
        assertTrue(file.getFileName().toString().matches("V\\d{14}__drop_legacy\\.sql"), file::toString);
        assertEquals("{\"migration\":\"" + file + "\",\"written\":true,\"files\":[\"" + file + "\"],\"statements\":1,\"destructive\":1,"
                + "\"destructiveWritten\":false,\"manual\":0}\n", result.out());
        assertEquals("", result.err(), "JSON carries the counts");
        assertTrue(Files.readString(file).endsWith("""
                -- WARNING: destructive: drops column public.accounts.legacy and its data
                -- ALTER TABLE public.accounts DROP COLUMN legacy;
                """), Files.readString(file));
        Files.delete(file);

        Cli.Result text = migration("--name", "drop-legacy");
        assertEquals("wrote " + files().get(0) + ": 1 statement\n", text.out());
        assertEquals("warning: 1 destructive statement is commented out; run by hand or generate again with"
                + " --allow-destructive\n", text.err());
    }

    @Test
    void noDifferenceWritesNoFile() throws Exception {
        db.sql("CREATE TABLE same (id integer PRIMARY KEY)");
        try {
            assertEquals(0, cli("add-table", "--name", "same", "--columns", "id:int:pk").exitCode());
            assertEquals(0, cli("add-table", "--name", "gone", "--columns", "id:int:pk").exitCode());
            db.sql("CREATE TABLE gone (id integer PRIMARY KEY)", "ALTER TABLE accounts DROP COLUMN legacy");

            Cli.Result json = migration("--name", "none", "--format", "json");

            assertEquals(0, json.exitCode(), json::toString);
            assertEquals("{\"migration\":null,\"written\":false,\"files\":[]}\n", json.out());
            assertEquals(List.of(), files());
        } finally {
            db.sql("DROP TABLE same", "DROP TABLE gone", "ALTER TABLE accounts ADD COLUMN legacy text");
        }
    }

    /** PostgreSQL uses a new enum label only after the transaction that added it committed: two files, two transactions. */
    @Test
    void aLabelAddedAndUsedAtOnceGoesIntoAFileOfItsOwn() throws Exception {
        TestDatabase own = PostgresServer.createDatabase();
        own.sql("CREATE TYPE level AS ENUM ('low', 'high')", "CREATE TABLE levels (id integer PRIMARY KEY, l level NOT NULL DEFAULT 'low')");
        Path live = dir.resolve("live.json");
        assertEquals(0, cli("pull", "--url", own.url(), "--user", PostgresServer.SUPERUSER, "--mirror", live.toString()).exitCode());
        Mirror pulled = Mirrors.load(live);
        EnumType level = pulled.enums().get(0);
        Table levels = pulled.tables().get(0);
        Column l = levels.columns().get(1);
        Mirror wanted = new Mirror(pulled.format(), pulled.source(),
                List.of(new EnumType(level.schema(), level.name(), List.of("low", "it's mid", "high"), null)), List.of(),
                List.of(new Table(levels.schema(), levels.name(), levels.kind(), null, List.of(levels.columns().get(0),
                        new Column(l.name(), l.type(), false, "'it''s mid'::level", null, null, null)), levels.primaryKey(),
                        List.of(), List.of(), List.of(), List.of())));
        Mirrors.save(wanted, dir.resolve("db/schema/tables.json"));

        Cli.Result result = cli("migration", "--name", "mid-level", "--url", own.url(), "--user", PostgresServer.SUPERUSER);

        assertEquals(0, result.exitCode(), result::toString);
        List<Path> written = files().stream().sorted().toList();
        assertEquals(2, written.size(), written::toString);
        assertTrue(written.get(0).getFileName().toString().matches("V\\d{14}\\.1__mid_level_enum_labels\\.sql"), written::toString);
        assertTrue(written.get(1).getFileName().toString().matches("V\\d{14}\\.2__mid_level\\.sql"), written::toString);
        assertEquals("wrote " + written.get(0) + " and " + written.get(1) + ": 2 statements\n", result.out());
        assertTrue(Files.readString(written.get(0)).endsWith("\nALTER TYPE public.level ADD VALUE 'it''s mid' BEFORE 'high';\n"));
        assertEquals(2, Flyway.migrate(own.superuser(), migrations));
        Cli.Result verify = cli("verify", "--url", own.url(), "--user", PostgresServer.SUPERUSER);
        assertEquals(0, verify.exitCode(), verify::toString);
    }

    @Test
    void errorsLeaveNoFile() throws Exception {
        Cli.Result name = migration("--name", "--!--");
        assertEquals(1, name.exitCode(), name::toString);
        assertEquals("dbmirror: error: --name needs letters or digits, e.g. --name add-user-roles\n", name.err());

        Files.writeString(dir.resolve("a-file"), "x");
        Cli.Result out = migration("--name", "x", "--out", dir.resolve("a-file").toString());
        assertEquals(1, out.exitCode(), out::toString);
        assertEquals("dbmirror: error: --out " + dir.resolve("a-file") + " is a file, not a folder; name a folder (it is"
                + " created if missing)\n", out.err());

        Cli.Result h2 = cli("migration", "--name", "x", "--url", "jdbc:h2:mem:migration");
        assertEquals(1, h2.exitCode(), h2::toString);
        assertEquals("dbmirror: error: migration writes PostgreSQL, but the database is h2; connect to a PostgreSQL database\n",
                h2.err());
        assertEquals(List.of(), files());
        assertFalse(Files.exists(dir.resolve("db/migrations/x")));
    }
}
