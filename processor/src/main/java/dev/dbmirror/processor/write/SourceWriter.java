package dev.dbmirror.processor.write;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dbmirror.processor.diagnostics.Message;
import dev.dbmirror.processor.diagnostics.Reporter;
import dev.dbmirror.processor.plan.ComponentPlan;
import dev.dbmirror.processor.plan.EnumPlan;
import dev.dbmirror.processor.plan.GenerationPlan;
import dev.dbmirror.processor.plan.TablePlan;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.annotation.processing.Filer;
import javax.lang.model.element.PackageElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Builds, renders and writes the plan's files one at a time, then the regeneration stamp; at no
 * point are all sources in memory at once. It runs only after every earlier stage was clean, so a
 * broken mirror writes nothing; rendering a complete plan cannot fail. A Filer refusal is reported
 * and ends the writing.
 */
public final class SourceWriter {

    /** The stamp's folder in the class output; the file is {@code <package>.sha256}. */
    public static final String STAMP_FOLDER = "META-INF/dbmirror/";

    private SourceWriter() {
    }

    /** The plan's types, each built when asked for, in plan order: enums, then per table X, NewX, XKey, XRepository. */
    private static List<Supplier<TypeSpec>> types(GenerationPlan plan) {
        List<TypeName> columnTypes = new ArrayList<>();
        plan.tables().forEach(table -> table.components().stream().map(ComponentPlan::valueType).forEach(columnTypes::add));
        String[] shadowed = GeneratedTypes.shadowedNames(plan.typeNames(), columnTypes);
        String pkg = plan.packageName();
        List<Supplier<TypeSpec>> types = new ArrayList<>();
        for (EnumPlan enumPlan : plan.enums()) {
            types.add(() -> EnumSpec.enumType(enumPlan, pkg, shadowed));
        }
        for (TablePlan table : plan.tables()) {
            types.add(() -> RecordSpecs.row(table, shadowed));
            table.insertName().ifPresent(name -> types.add(() -> RecordSpecs.insert(table, name, shadowed)));
            table.keyName().ifPresent(name -> types.add(() -> RecordSpecs.key(table, name, shadowed)));
            types.add(() -> RepositorySpec.repository(table, pkg, shadowed));
        }
        return types;
    }

    /**
     * Writes the files and the stamp (the hex SHA-256 of the mirror); returns the qualified names written.
     */
    public static List<String> write(GenerationPlan plan, String mirrorSha256, PackageElement origin, Filer filer,
                                     Reporter reporter) {
        List<String> written = new ArrayList<>();
        String pkg = plan.packageName();
        String current = pkg;
        try {
            for (Supplier<TypeSpec> type : types(plan)) {
                JavaFile file = JavaFile.builder(pkg, type.get()).skipJavaLangImports(true).indent("    ").build();
                current = pkg.isEmpty() ? file.typeSpec().name() : pkg + "." + file.typeSpec().name();
                String source = file.toString();
                try (Writer out = filer.createSourceFile(current, origin).openWriter()) {
                    out.write(source);
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
