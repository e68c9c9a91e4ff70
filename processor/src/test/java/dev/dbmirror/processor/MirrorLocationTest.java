package dev.dbmirror.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The locate stage: the documented search order, and an error that lists every place tried. */
class MirrorLocationTest {

    private static final String MIRROR = """
            {"format": 1, "source": {"dialect": "generic", "serverMajor": null, "schemas": ["public"]},
             "tables": [{"schema": "public", "name": "notes", "kind": "table", "comment": null,
               "columns": [{"name": "id", "type": "int", "nullable": false, "default": null,
                            "identity": null, "generated": null, "comment": null}],
               "primaryKey": {"name": "notes_pkey", "columns": ["id"]}, "uniques": [], "foreignKeys": [],
               "checks": [], "indexes": []}]}
            """;

    @TempDir
    Path module;

    @Test
    void basedirOptionJoinsTheAnnotationPath() throws IOException {
        Files.createDirectories(module.resolve("db/schema"));
        Files.writeString(module.resolve("db/schema/tables.json"), MIRROR);

        Compilation compilation = compileWith("-Adbmirror.basedir=" + module);

        assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics()::toString);
        assertTrue(compilation.generatedSourceFile(ProcessorRun.PACKAGE + ".Note").isPresent());
    }

    @Test
    void walksUpFromThePackageInfoFile() throws IOException {
        Files.createDirectories(module.resolve("db/schema"));
        Files.writeString(module.resolve("db/schema/tables.json"), MIRROR);
        Path packageInfo = module.resolve("src/main/java/com/acme/shop/package-info.java");
        Files.createDirectories(packageInfo.getParent());
        Files.writeString(packageInfo, "@dev.dbmirror.annotations.DbMirror\npackage com.acme.shop;\n");

        Compilation compilation = com.google.testing.compile.Compiler.javac()
                .withProcessors(new DbMirrorProcessor())
                .compile(JavaFileObjects.forResource(packageInfo.toUri().toURL()));

        assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics()::toString);
        assertTrue(compilation.generatedSourceFile(ProcessorRun.PACKAGE + ".NoteRepository").isPresent());
    }

    @Test
    void notFoundListsEveryPlaceTried() {
        Compilation compilation = compileWith("-Adbmirror.basedir=" + module);

        assertEquals(1, compilation.errors().size());
        String message = compilation.errors().get(0).getMessage(Locale.ROOT);
        assertEquals(List.of(
                "[DBM-P001] db/schema/tables.json: cannot find the mirror db/schema/tables.json; looked in:",
                "    " + module.resolve("db/schema/tables.json"),
                "    resource db/schema/tables.json in CLASS_OUTPUT",
                "    resource db/schema/tables.json in CLASS_PATH",
                "    resource db/schema/tables.json in SOURCE_PATH. Fix: run `dbmirror pull` to create it, or point to it"
                        + " with -Adbmirror.mirror=<path> or -Adbmirror.basedir=<module directory>."),
                message.lines().toList());
    }

    @Test
    void explicitMirrorOptionIsTheOnlyPlaceTried() {
        Path missing = module.resolve("elsewhere/tables.json");

        Compilation compilation = compileWith("-Adbmirror.mirror=" + missing);

        assertEquals(List.of("[DBM-P001] " + missing + ": cannot find the mirror " + missing + "; looked in:",
                        "    " + missing + ". Fix: run `dbmirror pull` to create it, or point to it"
                                + " with -Adbmirror.mirror=<path> or -Adbmirror.basedir=<module directory>."),
                compilation.errors().get(0).getMessage(Locale.ROOT).lines().toList());
    }

    private static Compilation compileWith(String option) {
        return com.google.testing.compile.Compiler.javac()
                .withProcessors(new DbMirrorProcessor())
                .withOptions(option)
                .compile(JavaFileObjects.forSourceLines(ProcessorRun.PACKAGE + ".package-info",
                        "@dev.dbmirror.annotations.DbMirror", "package " + ProcessorRun.PACKAGE + ";"));
    }
}
