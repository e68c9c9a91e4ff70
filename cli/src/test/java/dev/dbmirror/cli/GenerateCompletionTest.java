package dev.dbmirror.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbmirror.cli.support.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion script, loaded into a real bash, completes commands, options and option values. */
class GenerateCompletionTest {

    @TempDir
    Path dir;

    @Test
    void bashCompletesCommandsOptionsAndValues() throws Exception {
        Cli.Result script = Cli.with(dir).run("generate-completion");
        assertEquals(0, script.exitCode(), script::toString);
        assertEquals("", script.err());
        assertTrue(script.out().startsWith("#!/usr/bin/env bash"), script.out());
        Path file = dir.resolve("dbmirror.bash");
        Files.writeString(file, script.out());

        assertEquals("pull", complete(file, "dbmirror", "pu"));
        assertEquals("diff", complete(file, "dbmirror", "di"));
        assertEquals("generate-completion", complete(file, "dbmirror", "gen"));
        assertEquals("--schema", complete(file, "dbmirror", "pull", "--sch"));
        assertEquals("--password-env", complete(file, "dbmirror", "status", "--pass"));
        assertEquals("text json", complete(file, "dbmirror", "verify", "--format", ""));
    }

    /** What bash offers for the last word, as the shell's completion would ask the script. */
    private static String complete(Path script, String... words) throws Exception {
        String line = String.join(" ", words);
        String bash = "source \"$1\"; shift; COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); COMP_LINE=\"${*}\";"
                + " COMP_POINT=${#COMP_LINE}; _complete_dbmirror 2>/dev/null; echo \"${COMPREPLY[*]}\"";
        String[] command = new String[words.length + 5];
        command[0] = "bash";
        command[1] = "-c";
        command[2] = bash;
        command[3] = "bash";
        command[4] = script.toString();
        System.arraycopy(words, 0, command, 5, words.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), line);
        assertEquals(0, process.exitValue(), line + ": " + out);
        return out;
    }
}
