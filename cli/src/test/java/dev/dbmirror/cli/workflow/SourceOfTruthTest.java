package dev.dbmirror.cli.workflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dbmirror.cli.support.Cli;
import dev.dbmirror.cli.support.PostgresServer;
import dev.dbmirror.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mode of db/config/dbmirror.json keeps each workflow to its direction: in repository mode pull does
 * not overwrite the mirror and verify says what the database lacks; in database mode the mirror is not
 * changed by hand nor turned into migrations.
 */
class SourceOfTruthTest {

    private static TestDatabase db;

    @TempDir
    Path dir;

    private Path mirror;

    @BeforeAll
    static void database() {
        db = PostgresServer.createDatabase();
        db.sql("CREATE TABLE accounts (id integer PRIMARY KEY, name text)");
    }

    @BeforeEach
    void repositoryProject() {
        assertEquals(0, cli("init", "--mode", "repository").exitCode());
        mirror = dir.resolve("db/schema/tables.json");
        assertEquals(0, cli("add-table", "--name", "accounts", "--columns", "id:int:pk,name:text?,email:text?").exitCode());
    }

    private Cli.Result cli(String... args) {
        return Cli.with(dir).in(dir).run(args);
    }

    private Cli.Result connected(String command, String... more) {
        return cli(Stream.concat(Stream.of(command, "--url", db.url(), "--user", PostgresServer.SUPERUSER), Stream.of(more))
                .toArray(String[]::new));
    }

    @Test
    void repositoryModePullDoesNotOverwriteTheMirrorButWritesElsewhere() throws Exception {
        byte[] before = Files.readAllBytes(mirror);

        Cli.Result refused = connected("pull");

        assertEquals(1, refused.exitCode(), refused::toString);
        assertEquals("dbmirror: error: pull would overwrite " + mirror + ", but here the repository is the source of truth"
                + " (mode repository in " + dir.resolve("db/config/dbmirror.json") + "): change the mirror (add-table, or"
                + " edit it) and generate a migration with `dbmirror migration`; to see what the database has, run `dbmirror"
                + " verify`, or pull into another file with --mirror FILE\n", refused.err());
        assertArrayEquals(before, Files.readAllBytes(mirror));
        assertEquals(1, connected("pull", "--mirror", mirror.toString()).exitCode(), "the same file, named");

        Cli.Result elsewhere = connected("pull", "--mirror", dir.resolve("live.json").toString());
        assertEquals(0, elsewhere.exitCode(), elsewhere::toString);
        assertArrayEquals(before, Files.readAllBytes(mirror));
    }

    @Test
    void repositoryModeVerifySaysWhatTheDatabaseLacks() {
        Cli.Result verify = connected("verify");

        assertEquals(2, verify.exitCode(), verify::toString);
        assertEquals("the database lacks what " + mirror + " has (generate a migration with `dbmirror migration --name"
                + " NAME`, review it and apply it):\n~ public.accounts\n  + column email text null\n", verify.out());
    }

    @Test
    void repositoryModeStatusReadsFromTheMirrorToTheDatabase() {
        assertEquals(0, cli("add-table", "--name", "roles", "--columns", "id:int:pk").exitCode());

        Cli.Result status = connected("status");

        assertEquals(2, status.exitCode(), status::toString);
        assertEquals("~ public.accounts  changed (1 difference)\n"
                + "+ public.roles  in the mirror, not yet in the database\n"
                + "2 tables: 0 current, 1 new, 1 changed, 0 orphaned\n", status.out());
    }

    @Test
    void databaseModeRefusesMigrationsAndVerifyReportsDrift() throws Exception {
        Files.writeString(dir.resolve("db/config/dbmirror.json"), "{\"mode\": \"database\"}\n");

        Cli.Result migration = connected("migration", "--name", "x");
        assertEquals(1, migration.exitCode(), migration::toString);
        assertEquals("dbmirror: error: migration writes the database's changes from the mirror, but here the database is"
                + " the source of truth (mode database in " + dir.resolve("db/config/dbmirror.json") + "): change the"
                + " database and run `dbmirror pull`; or, if the repository is to be the source of truth, set \"mode\":"
                + " \"repository\" in db/config/dbmirror.json\n", migration.err());

        Cli.Result verify = connected("verify");
        assertEquals(2, verify.exitCode(), verify::toString);
        assertEquals("drift: the database differs from " + mirror + " (run `dbmirror pull` to update it):\n"
                + "~ public.accounts\n  - column email text null\n", verify.out());
    }
}
