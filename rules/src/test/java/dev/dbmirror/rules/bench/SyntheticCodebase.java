package dev.dbmirror.rules.bench;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes and compiles a layered codebase for the benchmark: modules of {@value #CLASSES_PER_MODULE} classes, each with
 * domain records, generated-looking repositories, services, JDBC persistence and application classes. Every tenth
 * module's services leak a {@code ResultSet}, so that the rules have violations to report.
 */
final class SyntheticCodebase {

    static final int CLASSES_PER_MODULE = 100;
    private static final int KINDS = 5;
    private static final int MODULES_PER_JAVAC_RUN = 20;

    private final Path sources;
    private final Path classes;

    SyntheticCodebase(Path root) {
        this.sources = root.resolve("src");
        this.classes = root.resolve("classes");
    }

    Path classes() {
        return classes;
    }

    /** Generates and compiles unless the class folder already holds that many classes. */
    void ensure(int classCount, String classpath) throws IOException {
        if (countClassFiles() == classCount) {
            return;
        }
        int modules = classCount / CLASSES_PER_MODULE;
        Files.createDirectories(classes);
        for (int first = 0; first < modules; first += MODULES_PER_JAVAC_RUN) {
            List<Path> batch = new ArrayList<>();
            for (int module = first; module < Math.min(modules, first + MODULES_PER_JAVAC_RUN); module++) {
                batch.addAll(writeModule(module));
            }
            compile(batch, classpath);
        }
    }

    private long countClassFiles() throws IOException {
        if (!Files.isDirectory(classes)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class")).count();
        }
    }

    private List<Path> writeModule(int module) throws IOException {
        List<Path> written = new ArrayList<>();
        for (int n = 0; n < CLASSES_PER_MODULE / KINDS; n++) {
            String pkg = "bench.m" + module;
            written.add(write(pkg + ".domain", "Item" + n, SyntheticSources.record(pkg, n)));
            written.add(write(pkg + ".domain", "ItemRepository" + n, SyntheticSources.repository(pkg, n)));
            written.add(write(pkg + ".service", "ItemService" + n, SyntheticSources.service(pkg, n, module % 10 == 0)));
            written.add(write(pkg + ".persistence", "JdbcItemRepository" + n, SyntheticSources.jdbcRepository(pkg, n)));
            written.add(write(pkg + ".app", "ItemController" + n, SyntheticSources.controller(pkg, n)));
        }
        return written;
    }

    private Path write(String pkg, String name, String source) throws IOException {
        Path file = sources.resolve(pkg.replace('.', '/')).resolve(name + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        return file;
    }

    private void compile(List<Path> files, String classpath) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
            List<String> options = List.of("-g", "-proc:none", "--release", "17", "-nowarn", "-cp", classpath, "-d", classes.toString());
            boolean compiled = javac.getTask(null, fileManager, null, options, null, fileManager.getJavaFileObjectsFromPaths(files)).call();
            if (!compiled) {
                throw new UncheckedIOException(new IOException("javac failed on the synthetic codebase in " + sources));
            }
        }
    }
}
