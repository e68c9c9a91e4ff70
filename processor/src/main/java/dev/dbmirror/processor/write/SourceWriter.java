package dev.dbmirror.processor.write;

import dev.dbmirror.processor.diagnostics.Message;
import dev.dbmirror.processor.diagnostics.Reporter;
import dev.dbmirror.processor.plan.ComponentPlan;
import dev.dbmirror.processor.plan.EnumPlan;
import dev.dbmirror.processor.plan.GenerationPlan;
import dev.dbmirror.processor.plan.JavaType;
import dev.dbmirror.processor.plan.JavaType.ClassType;
import dev.dbmirror.processor.plan.JavaType.Parameterized;
import dev.dbmirror.processor.plan.TablePlan;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.PackageElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Renders and writes the plan's files one at a time, then the regeneration stamp; at no point are
 * all sources in memory at once. It runs only after every earlier stage was clean, so a broken
 * mirror writes nothing; rendering a complete plan cannot fail. A Filer refusal is reported and
 * ends the writing.
 */
public final class SourceWriter {

    /** The stamp's folder in the class output; the file is {@code <package>.sha256}. */
    public static final String STAMP_FOLDER = "META-INF/dbmirror/";

    private SourceWriter() {
    }

    /** One generated type: its simple name and how its text is written. */
    private record GeneratedType(String name, Consumer<SourceText> source) {
    }

    /** The plan's types in plan order: enums, then per table X, NewX, XKey, XRepository. */
    private static List<GeneratedType> types(GenerationPlan plan) {
        List<GeneratedType> types = new ArrayList<>();
        for (EnumPlan enumPlan : plan.enums()) {
            types.add(new GeneratedType(enumPlan.javaName(), out -> EnumSource.write(out, enumPlan)));
        }
        for (TablePlan table : plan.tables()) {
            types.add(new GeneratedType(table.recordName(), out -> RecordSource.row(out, table)));
            table.insertName().ifPresent(name ->
                    types.add(new GeneratedType(name, out -> RecordSource.insert(out, table, name))));
            table.keyName().ifPresent(name ->
                    types.add(new GeneratedType(name, out -> RecordSource.key(out, table, name))));
            types.add(new GeneratedType(table.repositoryName(),
                    out -> RepositorySource.write(out, table, plan.packageName())));
        }
        return types;
    }

    /**
     * Simple names that stand for a class of the package in generated code: the generated types and the
     * package's own classes that overrides name. Any other class with one of these names is written fully
     * qualified (a table {@code strings} → {@code String} must not capture {@code java.lang.String}).
     */
    private static Set<String> packageTypeNames(GenerationPlan plan) {
        Set<String> names = new HashSet<>(plan.typeNames());
        for (TablePlan table : plan.tables()) {
            for (ComponentPlan component : table.components()) {
                addPackageClasses(component.valueType(), plan.packageName(), names);
            }
        }
        return names;
    }

    private static void addPackageClasses(JavaType type, String packageName, Set<String> into) {
        if (type instanceof ClassType name && name.packageName().equals(packageName)) {
            into.add(name.topLevelName());
        } else if (type instanceof Parameterized parameterized) {
            addPackageClasses(parameterized.raw(), packageName, into);
            parameterized.arguments().forEach(argument -> addPackageClasses(argument, packageName, into));
        }
    }

    /**
     * Writes the files and the stamp (the hex SHA-256 of the mirror); returns the qualified names written.
     */
    public static List<String> write(GenerationPlan plan, String mirrorSha256, PackageElement origin, Filer filer,
                                     Reporter reporter) {
        List<String> written = new ArrayList<>();
        String pkg = plan.packageName();
        SourceText text = new SourceText(pkg, packageTypeNames(plan));
        String current = pkg;
        try {
            for (GeneratedType type : types(plan)) {
                current = pkg.isEmpty() ? type.name() : pkg + "." + type.name();
                text.start();
                type.source().accept(text);
                try (Writer out = filer.createSourceFile(current, origin).openWriter()) {
                    text.writeTo(out);
                }
                written.add(current);
            }
            current = STAMP_FOLDER + pkg + ".sha256";
            FileObject stamp = filer.createResource(StandardLocation.CLASS_OUTPUT, "", current, origin);
            try (Writer out = new OutputStreamWriter(stamp.openOutputStream(), StandardCharsets.US_ASCII)) {
                out.write(mirrorSha256 + "\n");
            }
        } catch (IOException e) {
            reporter.report(Message.WRITE_FAILED, current, e.toString());
        }
        return written;
    }
}
