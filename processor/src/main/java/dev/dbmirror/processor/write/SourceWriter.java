package dev.dbmirror.processor.write;

import com.palantir.javapoet.JavaFile;
import dev.dbmirror.processor.diagnostics.Message;
import dev.dbmirror.processor.diagnostics.Reporter;
import dev.dbmirror.processor.javatype.JavaType;
import dev.dbmirror.processor.javatype.JavaType.ClassType;
import dev.dbmirror.processor.javatype.JavaType.Parameterized;
import dev.dbmirror.processor.plan.ComponentPlan;
import dev.dbmirror.processor.plan.DomainException;
import dev.dbmirror.processor.plan.EnumPlan;
import dev.dbmirror.processor.plan.GenerationPlan;
import dev.dbmirror.processor.plan.TablePlan;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.PackageElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Builds and writes the plan's files one at a time, in plan order (enums, then per table each table
 * shape), then the regeneration stamp; at no point are all sources in memory at once. It runs only
 * after every earlier stage was clean, so a broken mirror writes nothing; building a complete plan's
 * files cannot fail. A Filer refusal is reported and ends the writing.
 */
public final class SourceWriter {

    /** The stamp's folder in the class output; the file is {@code <package>.sha256}. */
    public static final String STAMP_FOLDER = "META-INF/dbmirror/";

    private final Filer filer;
    private final List<String> written = new ArrayList<>();
    /** The file being written, for the message should the Filer refuse it. */
    private String current = "";

    private SourceWriter(Filer filer) {
        this.filer = filer;
    }

    /**
     * Writes the files and the stamp (the hex SHA-256 of the mirror); returns the qualified names written.
     */
    public static List<String> write(GenerationPlan plan, String mirrorSha256, PackageElement origin, Filer filer,
                                     Reporter reporter) {
        GeneratedPackage target = new GeneratedPackage(plan.packageName(), origin, shadowingNames(plan));
        EnumGenerator enums = new EnumGenerator(target);
        ExceptionGenerator exceptions = new ExceptionGenerator(target);
        List<SourceFileGenerator<TablePlan>> tableShapes = List.of(new RowGenerator(target),
                new InsertGenerator(target), new KeyGenerator(target), new RepositoryGenerator(target));
        SourceWriter writer = new SourceWriter(filer);
        try {
            for (EnumPlan enumPlan : plan.enums()) {
                writer.write(enums.generate(enumPlan));
            }
            for (DomainException exception : DomainException.values()) {
                writer.write(exceptions.generate(exception));
            }
            for (TablePlan table : plan.tables()) {
                for (SourceFileGenerator<TablePlan> shape : tableShapes) {
                    writer.write(shape.generate(table));
                }
            }
            writer.writeStamp(plan.packageName(), mirrorSha256, origin);
        } catch (IOException e) {
            reporter.report(Message.WRITE_FAILED, writer.current, e.toString());
        }
        return writer.written;
    }

    private void write(Optional<JavaFile> file) throws IOException {
        if (file.isPresent()) {
            String pkg = file.get().packageName();
            String name = file.get().typeSpec().name();
            current = pkg.isEmpty() ? name : pkg + "." + name;
            file.get().writeTo(filer);
            written.add(current);
        }
    }

    private void writeStamp(String pkg, String mirrorSha256, PackageElement origin) throws IOException {
        current = STAMP_FOLDER + pkg + ".sha256";
        FileObject stamp = filer.createResource(StandardLocation.CLASS_OUTPUT, "", current, origin);
        try (Writer out = new OutputStreamWriter(stamp.openOutputStream(), StandardCharsets.US_ASCII)) {
            out.write(mirrorSha256 + "\n");
        }
    }

    /**
     * The simple names that both a class of the package (a generated type, or the package's own class that an
     * override names) and a class outside it that generated code names have. Only these are passed to JavaPoet
     * to qualify: its {@code alwaysQualify} costs time in proportion to the names it is given, per file.
     */
    private static Set<String> shadowingNames(GenerationPlan plan) {
        Set<String> local = new HashSet<>(plan.typeNames());
        Set<String> foreign = new HashSet<>(TypeNames.NAMED_BY_GENERATORS);
        for (TablePlan table : plan.tables()) {
            for (ComponentPlan component : table.components()) {
                addClassNames(component.declaredType(), plan.packageName(), local, foreign);
            }
        }
        local.retainAll(foreign);
        return local;
    }

    private static void addClassNames(JavaType type, String packageName, Set<String> local, Set<String> foreign) {
        if (type instanceof ClassType name) {
            (name.packageName().equals(packageName) ? local : foreign).add(name.topLevelName());
        } else if (type instanceof Parameterized parameterized) {
            addClassNames(parameterized.raw(), packageName, local, foreign);
            parameterized.arguments().forEach(argument -> addClassNames(argument, packageName, local, foreign));
        }
    }
}
