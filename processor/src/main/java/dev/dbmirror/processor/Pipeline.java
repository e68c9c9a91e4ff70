package dev.dbmirror.processor;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.dbmirror.annotations.DbMirror;
import dev.dbmirror.processor.diagnostics.Message;
import dev.dbmirror.processor.diagnostics.Reporter;
import dev.dbmirror.processor.load.LoadedMirror;
import dev.dbmirror.processor.locate.ExportedMirror;
import dev.dbmirror.processor.load.MirrorLoader;
import dev.dbmirror.processor.locate.FoundMirror;
import dev.dbmirror.processor.locate.MirrorLocator;
import dev.dbmirror.processor.options.ProcessorOptions;
import dev.dbmirror.processor.plan.GenerationPlan;
import dev.dbmirror.processor.plan.Planner;
import dev.dbmirror.processor.validate.OptionChecks;
import dev.dbmirror.processor.write.MirrorExport;
import dev.dbmirror.processor.write.SourceWriter;
import dev.dbmirror.schema.model.Mirror;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.PackageElement;

/**
 * locate → load → validate → plan → write, for one {@code @DbMirror} package. Each stage reports
 * its own problems; the run stops after the first stage that reported any, so a broken mirror
 * never leaves part of its output behind.
 */
final class Pipeline {

    private final ProcessingEnvironment env;
    private final BiConsumer<String, CompiledDomain> handOver;

    /**
     * @param handOver takes each package generated, for the {@code @JdbcAdapters} packages of the same javac run
     */
    Pipeline(ProcessingEnvironment env, BiConsumer<String, CompiledDomain> handOver) {
        this.env = env;
        this.handOver = handOver;
    }

    /**
     * A complete plan and the mirror it came from, its SHA-256 (for the regeneration stamp) and the mirror as
     * exported for adapters in other modules.
     */
    private record Planned(GenerationPlan plan, Mirror mirror, String mirrorSha256, ExportedMirror export) {
    }

    /** Runs the stages; returns the qualified names of the types written (none after a problem). */
    List<String> run(PackageElement annotated, Reporter reporter) {
        StageTimes times = new StageTimes();
        ProcessorOptions options = ProcessorOptions.parse(env.getOptions(), reporter);
        if (reporter.hasErrors()) {
            return List.of();
        }
        Optional<Planned> planned = plan(annotated, options, times, reporter);
        if (planned.isEmpty()) {
            return List.of();
        }
        GenerationPlan plan = planned.get().plan();
        List<String> written = SourceWriter.write(plan, planned.get().mirrorSha256(), annotated, env.getFiler(),
                reporter);
        if (!reporter.hasErrors()) {
            MirrorExport.write(plan.packageName(), planned.get().export(), annotated, env.getFiler(), reporter);
            handOver.accept(plan.packageName(), new CompiledDomain(plan, planned.get().mirror()));
        }
        times.end("write");
        if (options.timing()) {
            reporter.report(Message.TIMING, String.format(Locale.ROOT,
                    "dbmirror generated %d tables and %d enums into %s in %s", plan.tables().size(),
                    plan.enums().size(), plan.packageName(), times.summary()));
        }
        return written;
    }

    /**
     * locate → load → validate → plan. The mirror's JSON positions become garbage when this returns, before
     * anything is rendered; the model only lives on when adapters of this run take it over.
     */
    private Optional<Planned> plan(PackageElement annotated, ProcessorOptions options, StageTimes times,
                                   Reporter reporter) {
        DbMirror settings = annotated.getAnnotation(DbMirror.class);
        Optional<FoundMirror> found = MirrorLocator.locate(options, settings.value(), sourceFile(annotated),
                env.getFiler(), reporter);
        times.end("locate");
        Optional<LoadedMirror> loaded = found.flatMap(mirror -> MirrorLoader.load(mirror, reporter));
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        OptionChecks.warnAboutUnmatched(loaded.get(), options, reporter);
        times.end("load and validate");
        boolean singularize = options.singularize().orElse(settings.singularize());
        Optional<GenerationPlan> plan = Planner.plan(loaded.get(), options, singularize,
                annotated.getQualifiedName().toString(), reporter);
        times.end("plan");
        ExportedMirror export = ExportedMirror.of(found.get(), env.getOptions(), singularize);
        return plan.map(complete -> new Planned(complete, loaded.get().mirror(), loaded.get().sha256(), export));
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
