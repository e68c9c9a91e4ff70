package dev.dbmirror.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Golden files: the generated sources must equal, byte for byte, the files under
 * {@code src/test/resources/golden/<case>/} (next to the case's tables.json), and compile under
 * -Xlint:all without a warning. Run with {@code -Ddbmirror.updateGolden=true} to rewrite them after
 * an intended change, then review the diff.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Paths.get("src/test/resources/golden");

    /** Classes the rich mirror's overrides point to. */
    private static final JavaFileObject[] OVERRIDE_TYPES = {
        JavaFileObjects.forSourceLines("com.acme.types.Json",
                "package com.acme.types;", "public record Json(String text) {}"),
        JavaFileObjects.forSourceLines("com.acme.types.Email",
                "package com.acme.types;", "public record Email(String address) {}"),
    };

    @Test
    void richMirror() throws IOException {
        assertGolden("rich", List.of(
                "-Adbmirror.typeOverrides=jsonb=com.acme.types.Json",
                "-Adbmirror.columnOverrides=public.customers.email=com.acme.types.Email",
                "-Adbmirror.tableNames=public.data=DataEntry",
                "-Adbmirror.columnNames=public.customer_summary.order_count=orders"));
    }

    @Test
    void generatedNamesThatShadowJavaLangAreQualified() throws IOException {
        assertGolden("shadow", List.of());
    }

    @Test
    void sameMirrorGivesSameBytes() {
        Path mirror = GOLDEN.resolve("rich/tables.json");
        List<String> options = List.of("-Adbmirror.typeOverrides=jsonb=com.acme.types.Json",
                "-Adbmirror.columnOverrides=public.customers.email=com.acme.types.Email");
        Map<String, String> first = ProcessorRun.generatedSources(ProcessorRun.compile(mirror, options, OVERRIDE_TYPES));
        Map<String, String> second = ProcessorRun.generatedSources(ProcessorRun.compile(mirror, options, OVERRIDE_TYPES));
        assertEquals(first, second);
    }

    private static void assertGolden(String name, List<String> options) throws IOException {
        Path folder = GOLDEN.resolve(name);
        Compilation compilation = ProcessorRun.compile(folder.resolve("tables.json").toAbsolutePath(), options,
                OVERRIDE_TYPES);
        assertEquals(List.of(), compilation.diagnostics().stream()
                .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                .map(d -> d.getKind() + ": " + d.getMessage(null))
                .toList());
        assertEquals(Compilation.Status.SUCCESS, compilation.status());
        GoldenFiles.assertMatches(folder, ProcessorRun.generatedSources(compilation));
    }
}
