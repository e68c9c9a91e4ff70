package dev.dbmirror.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated sources of a 1,000-table synthetic mirror compile, without a warning under -Xlint:all. */
class LargeMirrorTest {

    @Test
    void thousandTablesCompile(@TempDir Path dir) throws IOException {
        Path mirror = dir.resolve("tables.json");
        Files.writeString(mirror, SyntheticMirror.generate(1_000));

        Compilation compilation = ProcessorRun.compile(mirror, List.of("-Adbmirror.timing"));

        assertEquals(List.of(), compilation.diagnostics().stream()
                .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                .map(d -> d.getMessage(null))
                .toList());
        assertEquals(Compilation.Status.SUCCESS, compilation.status());
        // 1,000 records, 1,000 insert shapes (every id has a default), 1,000 repositories, 2 enums, 3 exceptions
        assertEquals(3_005, compilation.generatedSourceFiles().size());
        compilation.notes().forEach(note -> System.out.println(note.getMessage(null)));
    }
}
