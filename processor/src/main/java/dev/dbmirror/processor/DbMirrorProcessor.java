package dev.dbmirror.processor;

import com.google.auto.service.AutoService;
import dev.dbmirror.annotations.DbMirror;
import dev.dbmirror.annotations.JdbcAdapters;
import dev.dbmirror.processor.diagnostics.Message;
import dev.dbmirror.processor.diagnostics.Reporter;
import dev.dbmirror.processor.options.ProcessorOptions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Generates the domain layer of each {@code @DbMirror} package from the mirror, and the JDBC adapters of each
 * {@code @JdbcAdapters} package. The work is done by {@link Pipeline} and {@link AdapterPipeline}; this class
 * only hands them the annotated packages and makes sure nothing escapes into javac: any failure becomes a
 * {@link Message#INTERNAL_ERROR} diagnostic.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes({
    "dev.dbmirror.annotations.DbMirror", "dev.dbmirror.annotations.JdbcAdapters",
    "dev.dbmirror.annotations.MirroredTable", "dev.dbmirror.annotations.MirroredEnum",
    "dev.dbmirror.annotations.MirroredRepository", "dev.dbmirror.annotations.MirroredAdapter",
    "javax.annotation.processing.Generated", "org.jspecify.annotations.NullMarked",
    "org.jspecify.annotations.Nullable",
})
public final class DbMirrorProcessor extends AbstractProcessor {

    private static final int STACK_FRAMES_SHOWN = 8;

    /** dbmirror's own annotations: claimed in every round, no other processor has a use for them. */
    private static final Set<String> OWN_ANNOTATIONS = Set.of(
            "dev.dbmirror.annotations.DbMirror", "dev.dbmirror.annotations.JdbcAdapters",
            "dev.dbmirror.annotations.MirroredTable", "dev.dbmirror.annotations.MirroredEnum",
            "dev.dbmirror.annotations.MirroredRepository", "dev.dbmirror.annotations.MirroredAdapter");

    /** Qualified names of the types this processor generated, to recognise the rounds that hold only them. */
    private final Set<String> generatedTypes = new HashSet<>();

    /** The domain packages generated in this run that a {@code @JdbcAdapters} package of the run implements. */
    private final Map<String, CompiledDomain> domainsCompiledNow = new HashMap<>();

    @Override
    public Set<String> getSupportedOptions() {
        return ProcessorOptions.NAMES;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Set<PackageElement> adapterPackages = ElementFilter.packagesIn(round.getElementsAnnotatedWith(JdbcAdapters.class));
        Set<String> implemented = new HashSet<>();
        adapterPackages.forEach(adapters -> implemented.add(adapters.getAnnotation(JdbcAdapters.class).domain().trim()));
        Set<String> domainsOfRound = new HashSet<>();
        // domains first: the adapters of the same run take their plans over
        for (PackageElement annotated : ElementFilter.packagesIn(round.getElementsAnnotatedWith(DbMirror.class))) {
            domainsOfRound.add(annotated.getQualifiedName().toString());
            Reporter reporter = new Reporter(processingEnv.getMessager(), annotated);
            guarded(reporter, () -> new Pipeline(processingEnv, (name, domain) -> {
                if (implemented.contains(name)) {
                    domainsCompiledNow.put(name, domain);
                }
            }).run(annotated, reporter));
        }
        for (PackageElement annotated : adapterPackages) {
            String domain = annotated.getAnnotation(JdbcAdapters.class).domain().trim();
            if (domainsOfRound.contains(domain) && !domainsCompiledNow.containsKey(domain)) {
                continue; // the domain's own errors say what is wrong; adapters of an older build's mirror would only add noise
            }
            Reporter reporter = new Reporter(processingEnv.getMessager(), annotated);
            guarded(reporter, () -> new AdapterPipeline(processingEnv, domainsCompiledNow).run(annotated, reporter));
        }
        return claims(annotations, round);
    }

    /** Runs a pipeline and records what it generated; a failure of dbmirror's own becomes a diagnostic. */
    private void guarded(Reporter reporter, Supplier<List<String>> pipeline) {
        try {
            generatedTypes.addAll(pipeline.get());
        } catch (RuntimeException | Error failure) {
            reporter.report(Message.INTERNAL_ERROR, describe(failure));
        }
    }

    /**
     * Claims the annotations of a round, so that -Xlint:processing does not warn that nobody claimed the
     * annotations on generated code, but {@code @Generated}, {@code @NullMarked} and {@code @Nullable} only in
     * rounds that hold nothing but generated types: other processors still see them on anybody else's code.
     */
    private boolean claims(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        boolean onlyGeneratedTypes = ElementFilter.typesIn(round.getRootElements()).size() == round.getRootElements().size()
                && ElementFilter.typesIn(round.getRootElements()).stream()
                        .allMatch(type -> generatedTypes.contains(type.getQualifiedName().toString()));
        return onlyGeneratedTypes || annotations.stream()
                .allMatch(annotation -> OWN_ANNOTATIONS.contains(annotation.getQualifiedName().toString()));
    }

    private static String describe(Throwable failure) {
        return failure + Arrays.stream(failure.getStackTrace())
                .limit(STACK_FRAMES_SHOWN)
                .map(frame -> "\n    at " + frame)
                .collect(Collectors.joining());
    }
}
