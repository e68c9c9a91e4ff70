package dev.dbmirror.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @JdbcAdapters}: golden files of the adapters of the test schema's mirror, the mirror the domain exports
 * for adapters in other modules, and the errors a persistence package can meet.
 */
class JdbcAdaptersTest {

    private static final Path MIRROR = Paths.get("src/test/resources/adapters/tables.json").toAbsolutePath();

    @Test
    void adaptersMatchGoldenFilesAndCompileWithoutWarnings() throws IOException {
        Compilation compilation = ProcessorRun.compile(MIRROR, List.of(), ProcessorRun.adapters());
        assertEquals(List.of(), problems(compilation));
        GoldenFiles.assertMatches(Paths.get("src/test/resources/golden/adapters"),
                ProcessorRun.generatedSources(compilation, ProcessorRun.ADAPTERS));
    }

    @Test
    void domainExportsItsMirrorAndTheOptionsThatShapedIt() throws IOException {
        Compilation compilation = ProcessorRun.compile(MIRROR, List.of("-Adbmirror.tableNames=public.events=Happening",
                "-Adbmirror.typeOverrides=jsonb=String\njson=String", "-Adbmirror.timing"));
        assertEquals(Compilation.Status.SUCCESS, compilation.status());
        assertEquals(Files.readString(MIRROR, StandardCharsets.UTF_8),
                resource(compilation, "com/acme/shop/dbmirror-tables.json"));
        assertEquals("dbmirror.singularize=true\n"
                        + "dbmirror.tableNames=public.events=Happening\n"
                        + "dbmirror.typeOverrides=jsonb=String;json=String\n",
                resource(compilation, "com/acme/shop/dbmirror-options"));
    }

    @Test
    void adaptersOfADomainOnTheClassPathPlanWithTheDomainsOptions(@TempDir Path classes) throws IOException {
        Map<String, byte[]> domain = compiledDomain();
        for (Map.Entry<String, byte[]> file : domain.entrySet()) {
            Path target = classes.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        assertAdaptersOfTheDomainOn(classes);
    }

    /** What {@code mvn package} or a domain module from a repository gives: the domain's class output in a jar. */
    @Test
    void adaptersOfADomainInAJarOnTheClassPathPlanWithTheDomainsOptions(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("domain.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Map.Entry<String, byte[]> file : compiledDomain().entrySet()) {
                out.putNextEntry(new JarEntry(file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
        }
        assertAdaptersOfTheDomainOn(jar);
    }

    /** The class output of a domain compiled with options that change its names: path → bytes. */
    private static Map<String, byte[]> compiledDomain() throws IOException {
        Compilation domain = ProcessorRun.compile(MIRROR, List.of("-Adbmirror.singularize=false",
                "-Adbmirror.tableNames=public.events=Happening"));
        assertEquals(Compilation.Status.SUCCESS, domain.status());
        Map<String, byte[]> files = new TreeMap<>();
        for (JavaFileObject file : domain.generatedFiles()) {
            String path = file.toUri().getPath();
            if (path.startsWith("/CLASS_OUTPUT/")) {
                try (InputStream in = file.openInputStream()) {
                    files.put(path.substring("/CLASS_OUTPUT/".length()), in.readAllBytes());
                }
            }
        }
        return files;
    }

    private static void assertAdaptersOfTheDomainOn(Path classPathEntry) {
        Compilation compilation = com.google.testing.compile.Compiler.javac()
                .withProcessors(new DbMirrorProcessor())
                .withOptions("-Xlint:all", "-classpath", classPathEntry + java.io.File.pathSeparator
                        + System.getProperty("java.class.path"))
                .compile(ProcessorRun.adapters());
        assertEquals(List.of(), problems(compilation));
        List<String> adapters = ProcessorRun.generatedSources(compilation, ProcessorRun.ADAPTERS).keySet().stream()
                .filter(name -> name.endsWith("Repository.java"))
                .toList();
        assertEquals(List.of("JdbcCustomerOrderCountsRepository.java", "JdbcCustomersRepository.java",
                "JdbcEveryTypeRepository.java", "JdbcHappeningRepository.java", "JdbcMixedCaseRepository.java",
                "JdbcOrderTagsRepository.java", "JdbcOrdersRepository.java", "JdbcTextFormTypesRepository.java",
                "JdbcTicketsRepository.java"), adapters);
    }

    @Test
    void adaptersOfTheSameRunUseTheDomainsPlanSoItsNotesComeOnce(@TempDir Path dir) throws IOException {
        Path mirror = dir.resolve("tables.json");
        Files.writeString(mirror, Files.readString(MIRROR, StandardCharsets.UTF_8)
                .replace("\"name\": \"c_name\",\n          \"type\": \"name\"", "\"name\": \"c_name\",\n          \"type\": \"ltree\""));
        Compilation compilation = ProcessorRun.compile(mirror, List.of(), ProcessorRun.adapters());
        assertEquals(List.of(), problems(compilation));
        assertEquals(1, compilation.notes().stream().filter(note -> note.getMessage(null).startsWith("[DBM-P016]")).count(),
                "one note about the unknown type, on the domain package");
        assertTrue(ProcessorRun.generatedSources(compilation, ProcessorRun.ADAPTERS).get("JdbcTextFormTypeRepository.java")
                .contains("statement.setObject(26, row.cName(), Types.OTHER);"), "the unknown type is bound untyped");
    }

    @Test
    void aBrokenDomainOfTheSameRunGetsNoAdapters(@TempDir Path dir) throws IOException {
        Path mirror = dir.resolve("tables.json");
        Files.writeString(mirror, "{\"format\": 1}\n");
        ProcessorRun.Result result = ProcessorRun.run(mirror, List.of(), ProcessorRun.adapters());
        assertTrue(problems(result.compilation()).stream().allMatch(problem -> problem.startsWith("ERROR: [DBM-P003]")),
                "only the domain's errors: " + problems(result.compilation()));
        assertEquals(List.of(), result.created().stream().filter(file -> file.contains(ProcessorRun.ADAPTERS)).toList());
    }

    @Test
    void unknownDomainPackageIsOneErrorSayingWhatToDo() {
        Compilation compilation = com.google.testing.compile.Compiler.javac()
                .withProcessors(new DbMirrorProcessor())
                .compile(com.google.testing.compile.JavaFileObjects.forSourceLines("com.acme.db.package-info",
                        "@dev.dbmirror.annotations.JdbcAdapters(domain = \"com.acme.nowhere\")", "package com.acme.db;"));
        assertEquals(List.of("ERROR: [DBM-P040] cannot find the mirror of the domain package com.acme.nowhere: no"
                + " com/acme/nowhere/dbmirror-tables.json in the class output or on the class path. Fix: annotate"
                + " com.acme.nowhere with @DbMirror and compile it in this module or in a module on the compile class"
                + " path, or correct @JdbcAdapters(domain = \"com.acme.nowhere\")."), problems(compilation));
    }

    @Test
    void otherDialectsAreAnErrorNamingTheDialect(@TempDir Path dir) throws IOException {
        Path mirror = dir.resolve("tables.json");
        Files.writeString(mirror, Files.readString(MIRROR, StandardCharsets.UTF_8)
                .replace("\"dialect\": \"postgresql\"", "\"dialect\": \"sqlite\""));
        ProcessorRun.Result result = ProcessorRun.run(mirror, List.of(), ProcessorRun.adapters());
        Compilation compilation = result.compilation();
        assertEquals(List.of("ERROR: [DBM-P041] the mirror of com.acme.shop was read from a sqlite database; JDBC"
                + " adapters are generated for PostgreSQL only. Fix: remove @JdbcAdapters from com.acme.shop.db and"
                + " write the adapters by hand, or pull the mirror from PostgreSQL."), problems(compilation));
        assertEquals(List.of(), result.created().stream().filter(file -> file.contains(ProcessorRun.ADAPTERS)).toList(),
                "nothing is written into the adapters' package");
    }

    private static List<String> problems(Compilation compilation) {
        return compilation.diagnostics().stream()
                .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                .map(d -> d.getKind() + ": " + d.getMessage(null))
                .toList();
    }

    private static String resource(Compilation compilation, String path) throws IOException {
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).orElseThrow();
        try (InputStream in = file.openInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
