package dev.dbmirror.processor.write;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dbmirror.processor.diagnostics.Message;
import dev.dbmirror.processor.diagnostics.Reporter;
import dev.dbmirror.processor.load.LoadedMirror;
import dev.dbmirror.processor.plan.ComponentPlan;
import dev.dbmirror.processor.plan.EnumPlan;
import dev.dbmirror.processor.plan.GenerationPlan;
import dev.dbmirror.processor.plan.TablePlan;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.PackageElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Renders the whole plan to source text first, then writes the files through the Filer, then the
 * regeneration stamp. Nothing is written unless every earlier stage was clean.
 */
public final class SourceWriter {

    /** The stamp's folder in the class output; the file is {@code <package>.sha256}. */
    public static final String STAMP_FOLDER = "META-INF/dbmirror/";

    private SourceWriter() {
    }

    /** Renders every file of the plan, in plan order: enums, then per table X, NewX, XKey, XRepository. */
    public static List<JavaFile> render(GenerationPlan plan) {
        List<TypeName> columnTypes = new ArrayList<>();
        plan.tables().forEach(table -> table.components().stream().map(ComponentPlan::valueType).forEach(columnTypes::add));
        String[] shadowed = GeneratedTypes.shadowedNames(plan.typeNames(), columnTypes);
        String pkg = plan.packageName();
        List<TypeSpec> types = new ArrayList<>();
        for (EnumPlan enumPlan : plan.enums()) {
            types.add(EnumSpec.enumType(enumPlan, pkg, shadowed));
        }
        for (TablePlan table : plan.tables()) {
            types.add(RecordSpecs.row(table, shadowed));
            table.insertName().ifPresent(name -> types.add(RecordSpecs.insert(table, name, shadowed)));
            table.keyName().ifPresent(name -> types.add(RecordSpecs.key(table, name, shadowed)));
            types.add(RepositorySpec.repository(table, pkg, shadowed));
        }
        return types.stream()
                .map(type -> JavaFile.builder(pkg, type).skipJavaLangImports(true).indent("    ").build())
                .toList();
    }

    /** Writes the files and the stamp; returns the qualified names written. A Filer failure is reported and ends the writing. */
    public static List<String> write(GenerationPlan plan, LoadedMirror loaded, PackageElement origin, Filer filer,
                             Reporter reporter) {
        List<JavaFile> files = render(plan);
        List<String> written = new ArrayList<>();
        String current = plan.packageName();
        try {
            for (JavaFile file : files) {
                current = qualifiedName(file);
                try (Writer out = filer.createSourceFile(current, origin).openWriter()) {
                    out.write(file.toString());
                }
                written.add(current);
            }
            current = STAMP_FOLDER + plan.packageName() + ".sha256";
            FileObject stamp = filer.createResource(StandardLocation.CLASS_OUTPUT, "", current, origin);
            try (Writer out = new java.io.OutputStreamWriter(stamp.openOutputStream(), StandardCharsets.US_ASCII)) {
                out.write(loaded.sha256() + "\n");
            }
        } catch (IOException e) {
            reporter.report(Message.WRITE_FAILED, current, e.toString());
        }
        return written;
    }

    private static String qualifiedName(JavaFile file) {
        return file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
    }
}
