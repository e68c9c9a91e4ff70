package dev.dbmirror.processor;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Runs {@link DbMirrorProcessor} with a Filer that records every file the processor creates, so a
 * test can prove that nothing at all was written for a broken mirror (compile-testing shows
 * generated files only for successful compiles).
 */
final class FilerRecordingProcessor implements Processor {

    private final Processor processor = new DbMirrorProcessor();
    private final List<String> created = new ArrayList<>();
    private final boolean failing;

    FilerRecordingProcessor() {
        this(false);
    }

    /** @param failing whether the Filer throws an unchecked exception, as a bug would */
    FilerRecordingProcessor(boolean failing) {
        this.failing = failing;
    }

    /** {@code createSourceFile:com.acme.shop.User}, {@code createResource:META-INF/…}, in creation order. */
    List<String> created() {
        return created;
    }

    @Override
    public void init(ProcessingEnvironment env) {
        Filer filer = env.getFiler();
        Filer recording = proxy(Filer.class, (method, args) -> {
            if (method.getName().startsWith("create")) {
                if (failing) {
                    throw new IllegalStateException("simulated failure");
                }
                created.add(method.getName() + ":" + args[method.getName().equals("createResource") ? 2 : 0]);
            }
            return method.invoke(filer, args);
        });
        processor.init(proxy(ProcessingEnvironment.class,
                (method, args) -> method.getName().equals("getFiler") ? recording : method.invoke(env, args)));
    }

    @Override
    public Set<String> getSupportedOptions() {
        return processor.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return processor.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return processor.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return processor.process(annotations, round);
    }

    @Override
    public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
                                                         ExecutableElement member, String userText) {
        return processor.getCompletions(element, annotation, member, userText);
    }

    private interface Call {
        Object invoke(Method method, Object[] args) throws ReflectiveOperationException;
    }

    private static <T> T proxy(Class<T> type, Call call) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            try {
                return call.invoke(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
