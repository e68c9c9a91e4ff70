package dev.dbmirror.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Generated sources against the {@code .java} files of a golden folder, byte for byte. With
 * {@code -Ddbmirror.updateGolden=true} the folder's files are rewritten first (review the diff).
 */
final class GoldenFiles {

    private GoldenFiles() {
    }

    /** @param generated source text by simple file name, e.g. {@code User.java} */
    static void assertMatches(Path folder, Map<String, String> generated) throws IOException {
        if (Boolean.getBoolean("dbmirror.updateGolden")) {
            try (Stream<Path> old = Files.list(folder)) {
                for (Path file : old.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Files.delete(file);
                }
            }
            for (Map.Entry<String, String> source : generated.entrySet()) {
                Files.writeString(folder.resolve(source.getKey()), source.getValue(), StandardCharsets.UTF_8);
            }
        }
        Map<String, String> golden = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                golden.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        assertEquals(golden.keySet(), generated.keySet(), "generated files");
        golden.forEach((file, text) -> assertEquals(text, generated.get(file), file));
        assertTrue(generated.values().stream().allMatch(text -> text.chars().allMatch(c -> c < 128)),
                "generated sources are plain ASCII");
    }
}
