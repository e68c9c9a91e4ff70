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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.PackageElement;

/**
 * locate → load → plan → write, for one {@code @JdbcAdapters} package: the domain is this run's (handed over
 * planned), or its mirror is found in the domain's class output on the class path and planned again with the
 * options the domain was generated with; each repository gets its adapter.
 */
final class AdapterPipeline {

    private static final String POSTGRESQL = "postgresql";

    private final ProcessingEnvironment env;
    private final Map<String, CompiledDomain> compiledNow;

    /** @param compiledNow the domain packages generated in this javac run, by name */
    AdapterPipeline(ProcessingEnvironment env, Map<String, CompiledDomain> compiledNow) {
        this.env = env;
        this.compiledNow = compiledNow;
    }

    /** Runs the stages; returns the qualified names of the types written (none after a problem). */
    List<String> run(PackageElement annotated, Reporter reporter) {
        String domainPackage = annotated.getAnnotation(JdbcAdapters.class).domain().trim();
        Optional<CompiledDomain> domain = Optional.ofNullable(compiledNow.get(domainPackage))
                .or(() -> fromClassPath(domainPackage, reporter));
        if (domain.isEmpty()) {
            return List.of();
        }
        String dialect = domain.get().mirror().source().dialect();
        if (!POSTGRESQL.equals(dialect)) {
            reporter.report(Message.ADAPTER_DIALECT, domainPackage, dialect, annotated.getQualifiedName());
            return List.of();
        }
        GenerationPlan plan = domain.get().plan();
        return AdapterWriter.write(annotated.getQualifiedName().toString(), plan,
                AdapterPlanner.plan(plan, domain.get().mirror()), annotated, env.getFiler(), reporter);
    }

    /** The domain as its compile exported it: its mirror planned again with the options the domain had. */
    private Optional<CompiledDomain> fromClassPath(String domainPackage, Reporter reporter) {
        Optional<ExportedMirror> exported = DomainMirrorLocator.locate(domainPackage, env.getFiler(), reporter);
        Optional<LoadedMirror> loaded = exported.flatMap(found ->
                MirrorLoader.load(new FoundMirror(found.displayName(), found.mirror()), reporter));
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        ProcessorOptions options = ProcessorOptions.parse(exported.get().options(), reporter);
        if (reporter.hasErrors()) {
            return Optional.empty();
        }
        return Planner.plan(loaded.get(), options, options.singularize().orElse(true), domainPackage, reporter)
                .map(plan -> new CompiledDomain(plan, loaded.get().mirror()));
    }
}
