package dev.dbmirror.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;

/** Runs javac with the processor on an in-memory {@code @DbMirror} package {@code com.acme.shop}. */
final class ProcessorRun {

    static final String PACKAGE = "com.acme.shop";
    /** The {@code @JdbcAdapters} package of {@link #adapters()}. */
    static final String ADAPTERS = "com.acme.shop.db";

    private ProcessorRun() {
    }

    /** The compile's result and every file the processor created through the Filer. */
    record Result(Compilation compilation, List<String> created) {
    }

    /** Compiles the annotated package (plus {@code extraSources}) with -Xlint:all, reading {@code mirror}. */
    static Compilation compile(Path mirror, List<String> options, JavaFileObject... extraSources) {
        return run(mirror, options, extraSources).compilation();
    }

    static Result run(Path mirror, List<String> options, JavaFileObject... extraSources) {
        List<String> javacOptions = new ArrayList<>(List.of("-Xlint:all", "-Adbmirror.mirror=" + mirror));
        javacOptions.addAll(options);
        List<JavaFileObject> sources = new ArrayList<>(Arrays.asList(extraSources));
        sources.add(JavaFileObjects.forSourceLines(PACKAGE + ".package-info",
                "@dev.dbmirror.annotations.DbMirror", "package " + PACKAGE + ";"));
        FilerRecordingProcessor processor = new FilerRecordingProcessor();
        Compilation compilation = javac().withProcessors(processor).withOptions(javacOptions).compile(sources);
        return new Result(compilation, processor.created());
    }

    /** {@code package-info.java} of {@link #ADAPTERS}: {@code @JdbcAdapters} of the domain {@link #PACKAGE}. */
    static JavaFileObject adapters() {
        return JavaFileObjects.forSourceLines(ADAPTERS + ".package-info",
                "@dev.dbmirror.annotations.JdbcAdapters(domain = \"" + PACKAGE + "\")", "package " + ADAPTERS + ";");
    }

    /** Generated sources by simple file name, e.g. {@code User.java}. */
    static Map<String, String> generatedSources(Compilation compilation) {
        return generatedSources(compilation, "");
    }

    /** Generated sources of one package (every package for {@code ""}) by simple file name. */
    static Map<String, String> generatedSources(Compilation compilation, String packageName) {
        String folder = "/" + packageName.replace('.', '/') + "/";
        Map<String, String> sources = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            int slash = file.getName().lastIndexOf('/');
            if (!packageName.isEmpty() && !file.getName().substring(0, slash + 1).endsWith(folder)) {
                continue;
            }
            String name = file.getName().substring(slash + 1);
            try {
                sources.put(name, file.getCharContent(false).toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }
}
