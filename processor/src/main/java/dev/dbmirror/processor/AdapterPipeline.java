package dev.dbmirror.processor;

import dev.dbmirror.annotations.JdbcAdapters;
import dev.dbmirror.processor.diagnostics.Message;
import dev.dbmirror.processor.diagnostics.Reporter;
import dev.dbmirror.processor.load.LoadedMirror;
import dev.dbmirror.processor.load.MirrorLoader;
import dev.dbmirror.processor.locate.DomainMirrorLocator;
import dev.dbmirror.processor.locate.ExportedMirror;
import dev.dbmirror.processor.locate.FoundMirror;
import dev.dbmirror.processor.options.ProcessorOptions;
import dev.dbmirror.processor.plan.GenerationPlan;
import dev.dbmirror.processor.plan.Planner;
import dev.dbmirror.processor.sql.AdapterPlanner;
import dev.dbmirror.processor.write.AdapterWriter;
import dev.dbmirror.schema.model.Mirror;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.PackageElement;

/**
 * locate → load → plan → write, for one {@code @JdbcAdapters} package: the domain's mirror is found (handed over
 * by this run's domain compile, or from the domain's class output on the class path), planned again with the
 * options the domain was generated with, and each repository gets its adapter.
 */
final class AdapterPipeline {

    private static final String POSTGRESQL = "postgresql";

    private final ProcessingEnvironment env;
    private final Map<String, ExportedMirror> compiledNow;

    AdapterPipeline(ProcessingEnvironment env, Map<String, ExportedMirror> compiledNow) {
        this.env = env;
        this.compiledNow = compiledNow;
    }

    /** Runs the stages; returns the qualified names of the types written (none after a problem). */
    List<String> run(PackageElement annotated, Reporter reporter) {
        String domainPackage = annotated.getAnnotation(JdbcAdapters.class).domain().trim();
        Optional<ExportedMirror> exported = DomainMirrorLocator.locate(domainPackage, compiledNow, env.getFiler(), reporter);
        Optional<LoadedMirror> loaded = exported.flatMap(found ->
                MirrorLoader.load(new FoundMirror(found.displayName(), found.mirror()), reporter));
        if (loaded.isEmpty()) {
            return List.of();
        }
        Mirror mirror = loaded.get().mirror();
        String dialect = mirror.source().dialect();
        if (!POSTGRESQL.equals(dialect)) {
            reporter.report(Message.ADAPTER_DIALECT, domainPackage, dialect, annotated.getQualifiedName());
            return List.of();
        }
        ProcessorOptions options = ProcessorOptions.parse(exported.get().options(), reporter);
        boolean singularize = options.singularize().orElse(true);
        Optional<GenerationPlan> plan = reporter.hasErrors() ? Optional.empty()
                : Planner.plan(loaded.get(), options, singularize, domainPackage, reporter);
        if (plan.isEmpty()) {
            return List.of();
        }
        return AdapterWriter.write(annotated.getQualifiedName().toString(), plan.get(),
                AdapterPlanner.plan(plan.get(), mirror), annotated, env.getFiler(), reporter);
    }
}
