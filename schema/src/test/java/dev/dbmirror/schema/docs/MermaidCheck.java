package dev.dbmirror.schema.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Mermaid's own parser, run under Node: the small Node project in {@code src/test/mermaid} is copied
 * to {@code target/mermaid-check} and installed there with {@code npm ci} (from its lock file, once;
 * again only when the lock file changes), then {@code check-diagrams.mjs} parses a folder of {@code
 * .mmd} files. Without Node on the PATH the tests that use it are skipped (they say so); with Node,
 * a failing install fails them.
 */
final class MermaidCheck {

    private static final Path PROJECT = Path.of("src", "test", "mermaid");
    private static final Path WORK = Path.of("target", "mermaid-check");
    private static final List<String> FILES = List.of("package.json", "package-lock.json", "check-diagrams.mjs");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static boolean installed;

    private MermaidCheck() {
    }

    /** What Mermaid read from each {@code .mmd} file of {@code folder}, by file name. */
    static Map<String, JsonNode> parse(Path folder) throws Exception {
        install();
        Run run = run(WORK, 120, "node", "check-diagrams.mjs", folder.toAbsolutePath().toString());
        assertEquals(0, run.exit(), () -> "check-diagrams.mjs failed:\n" + run.output());
        Map<String, JsonNode> results = new HashMap<>();
        for (JsonNode result : JSON.readTree(run.stdout())) {
            results.put(result.get("file").asText(), result);
        }
        return results;
    }

    private static synchronized void install() throws Exception {
        if (installed) {
            return;
        }
        assumeTrue(available("node") && available("npm"),
                "Node.js and npm are not on the PATH: the Mermaid parser check is skipped");
        Files.createDirectories(WORK);
        boolean lockChanged = !Files.exists(WORK.resolve("package-lock.json"))
                || !Arrays.equals(Files.readAllBytes(PROJECT.resolve("package-lock.json")),
                        Files.readAllBytes(WORK.resolve("package-lock.json")));
        for (String file : FILES) {
            Files.copy(PROJECT.resolve(file), WORK.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        if (lockChanged || !Files.isDirectory(WORK.resolve("node_modules/mermaid"))) {
            Run npm = run(WORK, 600, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
            assertEquals(0, npm.exit(), () -> "`npm ci` in " + WORK + " failed; the Mermaid check needs the npm registry"
                    + " once to install Mermaid:\n" + npm.output());
        }
        installed = true;
    }

    private static boolean available(String command) {
        try {
            return run(Path.of("."), 30, command, "--version").exit() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private record Run(int exit, String stdout, String stderr) {
        String output() {
            return stdout + stderr;
        }
    }

    private static Run run(Path dir, int seconds, String... command) throws IOException {
        Path out = Files.createTempFile("mermaid-check", ".out");
        Path err = Files.createTempFile("mermaid-check", ".err");
        try {
            Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in " + seconds + " s");
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Undoes {@link MermaidText#quoted}: the full-width forms back to ASCII, the zero-width spaces removed. */
    static String decode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '\u200b') {
                continue;
            }
            out.append("＂％＼～＃".indexOf(c) >= 0 ? (char) (c - 0xFF01 + 0x21) : c);
        }
        return out.toString();
    }
}
