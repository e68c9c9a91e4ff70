package dev.dbmirror.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Loads the classes of an in-memory compilation (the processor's output and the sources compiled with it). */
final class CompiledClasses extends ClassLoader {

    private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

    private final Map<String, byte[]> classes = new HashMap<>();

    CompiledClasses(Compilation compilation) {
        super(CompiledClasses.class.getClassLoader());
        for (JavaFileObject file : compilation.generatedFiles()) {
            String name = file.toUri().getPath();
            if (file.getKind() == JavaFileObject.Kind.CLASS && name.startsWith(CLASS_OUTPUT)) {
                String className = name.substring(CLASS_OUTPUT.length(), name.length() - ".class".length()).replace('/', '.');
                try (InputStream in = file.openInputStream()) {
                    classes.put(className, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    /** A new instance of a compiled class with a public no-argument constructor. */
    <T> T instance(String className, Class<T> type) throws ReflectiveOperationException {
        return type.cast(loadClass(className).getConstructor().newInstance());
    }
}
