package dev.dbmirror.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbmirror.cli.support.Cli;
import dev.dbmirror.schema.io.Mirrors;
import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Source;
import dev.dbmirror.schema.model.Table;
import dev.dbmirror.schema.model.TableKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** diff between files and against a git revision; usage errors are exit 1; --help everywhere. */
class DiffCommandTest {

    @TempDir
    Path dir;

    private static Mirror mirror(String... columns) {
        List<Column> cols = java.util.Arrays.stream(columns).map(c -> new Column(c, "text", true, null, null, null, null)).toList();
        return new Mirror(Mirror.FORMAT, new Source("postgresql", 15, List.of("public")), List.of(), List.of(),
                List.of(new Table("public", "notes", TableKind.TABLE, null, cols, null, List.of(), List.of(), List.of(), List.of())));
    }

    @Test
    void twoFiles() throws Exception {
        Path old = dir.resolve("old.json");
        Path now = dir.resolve("new.json");
        Mirrors.save(mirror("id"), old);
        Mirrors.save(mirror("id", "body"), now);

        Cli.Result same = Cli.with(dir).run("diff", old.toString(), old.toString());
        assertEquals(0, same.exitCode(), same::toString);
        Cli.Result text = Cli.with(dir).run("diff", old.toString(), now.toString());
        assertEquals(2, text.exitCode(), text::toString);
        assertTrue(text.out().contains("~ public.notes") && text.out().contains("+ column body"), text::toString);
        Cli.Result json = Cli.with(dir).run("diff", "--format", "json", old.toString(), now.toString());
        assertTrue(json.out().contains("\"changed\""), json::toString);
    }

    @Test
    void againstAGitRevision() throws Exception {
        Path file = dir.resolve("db/schema/tables.json");
        Mirrors.save(mirror("id"), file);
        git("init", "-q");
        git("add", ".");
        git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "first");
        Mirrors.save(mirror("id", "body"), file);

        Cli.Result result = Cli.with(dir).run("diff", "--git", "HEAD", file.toString());
        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.out().contains("+ column body"), result::toString);
        Cli.Result missing = Cli.with(dir).run("diff", "--git", "no-such-rev", file.toString());
        assertEquals(1, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("at revision no-such-rev"), missing::toString);
    }

    @Test
    void brokenMirrorAndUsageErrorsAreExitOne() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": 1,");
        Cli.Result result = Cli.with(dir).run("diff", broken.toString(), broken.toString());
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("broken.json"), result::toString);
        assertEquals(1, Cli.with(dir).run("diff", "only-one.json").exitCode());
        assertEquals(1, Cli.with(dir).run("pull", "--no-such-option").exitCode());
        assertEquals(1, Cli.with(dir).run().exitCode());
    }

    @Test
    void helpOnEveryCommand() {
        for (String command : List.of("pull", "verify", "diff", "status")) {
            Cli.Result help = Cli.with(dir).run(command, "--help");
            assertEquals(0, help.exitCode(), help::toString);
            assertTrue(help.out().contains("Exit codes"), help::toString);
        }
    }

    @Test
    void aMistypedCommandGetsASuggestionAndTheHelpToRun() {
        Cli.Result typo = Cli.with(dir).run("pul", "--url", "jdbc:postgresql://localhost/app");
        assertEquals(1, typo.exitCode(), typo::toString);
        assertEquals("""
                dbmirror: unknown command 'pul'
                Did you mean: dbmirror pull?
                Run `dbmirror --help` for usage.
                """, typo.err());

        Cli.Result help = Cli.with(dir).run("--help");
        assertEquals(0, help.exitCode(), help::toString);
        for (String command : List.of("pull", "verify", "diff", "status")) {
            assertTrue(help.out().contains("\n  " + command + " "), help::toString);
        }

        Cli.Result missing = Cli.with(dir).run("verify", "--url");
        assertEquals("""
                dbmirror: option --url needs a value: --url=JDBC_URL
                Run `dbmirror verify --help` for usage.
                """, missing.err());
    }

    private void git(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue());
    }
}
