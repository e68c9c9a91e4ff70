package dev.dbmirror.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of broken or hostile mirrors under {@code src/test/resources/corpus/}: {@code <case>.json}
 * (the mirror), {@code <case>.options} (optional, one javac option a line) and {@code <case>.expected}
 * (every error, one a line, {@code {file}} standing for the mirror's path). Each case must fail the
 * compile with exactly those errors, each on the annotated package, and generate nothing; javac must
 * not crash (compile-testing rethrows a processor's exception). Run with
 * {@code -Ddbmirror.updateGolden=true} to rewrite the .expected files, then review them.
 */
class BrokenMirrorCorpusTest {

    private static final Path CORPUS = Paths.get("src/test/resources/corpus");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void failsWithExactlyTheExpectedErrors(String name) throws IOException {
        Path mirror = CORPUS.resolve(name + ".json").toAbsolutePath();
        Path optionsFile = CORPUS.resolve(name + ".options");
        List<String> options = Files.exists(optionsFile) ? Files.readAllLines(optionsFile) : List.of();

        ProcessorRun.Result run = ProcessorRun.run(mirror, options);
        Compilation compilation = run.compilation();

        List<String> errors = compilation.errors().stream()
                .map(error -> error.getMessage(Locale.ROOT).replace(mirror.toString(), "{file}"))
                .toList();
        Path expectedFile = CORPUS.resolve(name + ".expected");
        if (Boolean.getBoolean("dbmirror.updateGolden")) {
            Files.writeString(expectedFile, String.join("\n", errors) + "\n", StandardCharsets.UTF_8);
        }
        assertEquals(Files.readAllLines(expectedFile, StandardCharsets.UTF_8), errors);
        assertEquals(Compilation.Status.FAILURE, compilation.status());
        for (Diagnostic<?> error : compilation.errors()) {
            assertTrue(error.getSource() != null && error.getSource().toString().contains("package-info"),
                    "reported on the annotated package: " + error);
        }
        assertEquals(List.of(), run.created(), "nothing generated for a broken mirror");
    }
}
