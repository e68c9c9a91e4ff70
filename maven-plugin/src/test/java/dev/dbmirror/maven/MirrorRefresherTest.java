package dev.dbmirror.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MirrorRefresherTest {

    private static final FileTime LAST_BUILD = FileTime.fromMillis(1_700_000_000_000L);

    @TempDir
    Path module;

    private Path sources;
    private Path classes;
    private Path classFile;
    private Path stamp;

    @BeforeEach
    void lastBuild() throws IOException {
        sources = module.resolve("src/main/java");
        classes = module.resolve("target/classes");
        classFile = classes.resolve("com/acme/domain/package-info.class");
        stamp = classes.resolve("META-INF/dbmirror/com.acme.domain.sha256");
        write(sources.resolve("com/acme/domain/package-info.java"), "@DbMirror\npackage com.acme.domain;\n");
        write(module.resolve("db/schema/tables.json"), "{\"format\": 1}\n");
        write(classFile, "compiled");
        write(stamp, MirrorRefresher.sha256(module.resolve("db/schema/tables.json")) + "\n");
        Files.setLastModifiedTime(classFile, LAST_BUILD);
        Files.setLastModifiedTime(stamp, LAST_BUILD);
    }

    @Test
    void unchangedMirrorTouchesNothing() throws IOException {
        assertEquals(List.of("dbmirror: db/schema/tables.json unchanged; com.acme.domain is up to date"), refresh());
        assertEquals(LAST_BUILD, Files.getLastModifiedTime(classFile));
        assertEquals(LAST_BUILD, Files.getLastModifiedTime(stamp));
    }

    @Test
    void changedMirrorRemovesThePackageInfoClassAndTheStamp() throws IOException {
        write(module.resolve("db/schema/tables.json"), "{\"format\": 1, \"tables\": []}\n");
        assertEquals(List.of("dbmirror: db/schema/tables.json changed since the last build; regenerating com.acme.domain"),
                refresh());
        assertFalse(Files.exists(classFile));
        assertFalse(Files.exists(stamp));
    }

    @Test
    void missingStampWithACompiledPackageRegenerates() throws IOException {
        Files.delete(stamp);
        assertEquals(List.of("dbmirror: no stamp of db/schema/tables.json from the last build; regenerating com.acme.domain"),
                refresh());
        assertFalse(Files.exists(classFile));
    }

    @Test
    void firstBuildLeavesItToTheCompiler() throws IOException {
        Files.delete(classFile);
        Files.delete(stamp);
        assertEquals(List.of("dbmirror: com.acme.domain not compiled yet; the compiler generates it from db/schema/tables.json"),
                refresh());
    }

    @Test
    void missingMirrorDoesNothingAndLeavesTheErrorToTheProcessor() throws IOException {
        Files.delete(module.resolve("db/schema/tables.json"));
        assertEquals(List.of("dbmirror: db/schema/tables.json not found in the module directory or above it; left"
                + " com.acme.domain to the processor (set <mirror> if the file is elsewhere)"), refresh());
        assertTrue(Files.exists(classFile));
        assertTrue(Files.exists(stamp));
    }

    @Test
    void mirrorInAParentDirectoryIsFoundLikeTheProcessorFindsIt() throws IOException {
        Path app = module.resolve("app");
        Files.createDirectories(app);
        MirrorRefresher refresher = new MirrorRefresher(app, classes, Optional.empty());
        write(module.resolve("db/schema/tables.json"), "{\"format\": 1, \"tables\": []}\n");
        assertEquals(List.of("dbmirror: " + module.resolve("db/schema/tables.json")
                        + " changed since the last build; regenerating com.acme.domain"),
                refresher.refresh(List.of(sources)));
    }

    @Test
    void explicitMirrorReplacesTheAnnotationPath() throws IOException {
        write(module.resolve("other.json"), "{\"format\": 1, \"tables\": []}\n");
        MirrorRefresher refresher = new MirrorRefresher(module, classes, Optional.of(Path.of("other.json")));
        assertEquals(List.of("dbmirror: other.json changed since the last build; regenerating com.acme.domain"),
                refresher.refresh(List.of(sources)));
    }

    @Test
    void annotationPathIsResolvedAgainstTheModuleDirectory() throws IOException {
        write(sources.resolve("com/acme/domain/package-info.java"), "@DbMirror(\"mirror/t.json\")\npackage com.acme.domain;\n");
        write(module.resolve("mirror/t.json"), "{\"format\": 1}\n");
        assertEquals(List.of("dbmirror: mirror/t.json unchanged; com.acme.domain is up to date"), refresh());
    }

    @Test
    void unreadableMirrorPathIsReportedAndNothingIsTouched() throws IOException {
        write(sources.resolve("com/acme/domain/package-info.java"), "@DbMirror(Mirrors.PATH)\npackage com.acme.domain;\n");
        List<String> report = refresh();
        assertEquals(1, report.size());
        assertTrue(report.get(0).endsWith("is not a plain string literal; set the plugin's <mirror> to have com.acme.domain checked"),
                report.get(0));
        assertTrue(Files.exists(classFile));
    }

    @Test
    void packagesWithoutTheAnnotationAndMissingRootsAreIgnored() throws IOException {
        write(sources.resolve("com/acme/app/package-info.java"), "package com.acme.app;\n");
        MirrorRefresher refresher = new MirrorRefresher(module, classes, Optional.empty());
        assertEquals(List.of("dbmirror: db/schema/tables.json unchanged; com.acme.domain is up to date"),
                refresher.refresh(List.of(sources, module.resolve("src/main/missing"))));
    }

    private List<String> refresh() throws IOException {
        return new MirrorRefresher(module, classes, Optional.empty()).refresh(List.of(sources));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
