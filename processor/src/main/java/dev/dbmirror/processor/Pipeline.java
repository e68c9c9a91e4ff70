package dev.dbmirror.processor;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.dbmirror.annotations.DbMirror;
import dev.dbmirror.processor.diagnostics.Message;
import dev.dbmirror.processor.diagnostics.Reporter;
import dev.dbmirror.processor.load.LoadedMirror;
import dev.dbmirror.processor.load.MirrorLoader;
import dev.dbmirror.processor.locate.FoundMirror;
import dev.dbmirror.processor.locate.MirrorLocator;
import dev.dbmirror.processor.options.ProcessorOptions;
import dev.dbmirror.processor.plan.GenerationPlan;
import dev.dbmirror.processor.plan.Planner;
import dev.dbmirror.processor.validate.OptionChecks;
import dev.dbmirror.processor.write.SourceWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.PackageElement;

/**
 * locate → load → validate → plan → write, for one {@code @DbMirror} package. Each stage reports
 * its own problems; the run stops after the first stage that reported any, so a broken mirror
 * never leaves part of its output behind.
 */
final class Pipeline {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final ProcessingEnvironment env;

    Pipeline(ProcessingEnvironment env) {
        this.env = env;
    }

    /** Runs the stages; returns the qualified names of the types written (none after a problem). */
    List<String> run(PackageElement annotated, Reporter reporter) {
        long start = System.nanoTime();
        long startCpu = CPU.getCurrentThreadCpuTime();
        ProcessorOptions options = ProcessorOptions.parse(env.getOptions(), reporter);
        if (reporter.hasErrors()) {
            return List.of();
        }
        DbMirror settings = annotated.getAnnotation(DbMirror.class);
        Optional<FoundMirror> found = MirrorLocator.locate(options, settings.value(), sourceFile(annotated),
                env.getFiler(), reporter);
        long located = System.nanoTime();
        Optional<LoadedMirror> loaded = found.flatMap(mirror -> MirrorLoader.load(mirror, reporter));
        if (loaded.isEmpty() || !OptionChecks.check(loaded.get(), options, reporter)) {
            return List.of();
        }
        long read = System.nanoTime();
        String packageName = annotated.getQualifiedName().toString();
        boolean singularize = options.singularize().orElse(settings.singularize());
        Optional<GenerationPlan> plan = Planner.plan(loaded.get(), options, singularize, packageName, reporter);
        if (plan.isEmpty()) {
            return List.of();
        }
        long planned = System.nanoTime();
        List<String> written = SourceWriter.write(plan.get(), loaded.get(), annotated, env.getFiler(), reporter);
        long wrote = System.nanoTime();
        if (options.timing()) {
            reporter.report(Message.TIMING, String.format(Locale.ROOT,
                    "dbmirror generated %d tables and %d enums into %s in %d ms, %d ms CPU"
                            + " (locate %d ms, load and validate %d ms, plan %d ms, write %d ms)",
                    plan.get().tables().size(), plan.get().enums().size(), packageName, millis(start, wrote),
                    millis(startCpu, CPU.getCurrentThreadCpuTime()),
                    millis(start, located), millis(located, read), millis(read, planned), millis(planned, wrote)));
        }
        return written;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** The annotated package-info.java as a file, when javac has it as one (not in memory, not in a jar). */
    private Optional<Path> sourceFile(PackageElement annotated) {
        try {
            TreePath path = Trees.instance(env).getPath(annotated);
            URI uri = path == null ? null : path.getCompilationUnit().getSourceFile().toUri();
            return uri != null && "file".equals(uri.getScheme()) ? Optional.of(Paths.get(uri)) : Optional.empty();
        } catch (IllegalArgumentException notJavac) {
            return Optional.empty();
        }
    }
}
