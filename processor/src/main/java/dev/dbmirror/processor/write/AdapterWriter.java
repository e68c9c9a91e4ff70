package dev.dbmirror.processor.write;

import com.palantir.javapoet.JavaFile;
import dev.dbmirror.processor.diagnostics.Message;
import dev.dbmirror.processor.diagnostics.Reporter;
import dev.dbmirror.processor.plan.GenerationPlan;
import dev.dbmirror.processor.sql.AdapterPlan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.PackageElement;

/**
 * Writes the JDBC adapters of a domain into a {@code @JdbcAdapters} package: {@code JdbcSupport},
 * {@code JdbcTransactions}, then one adapter per repository. Runs only after every earlier stage was clean.
 */
public final class AdapterWriter {

    private AdapterWriter() {
    }

    /** Writes the files; returns the qualified names written. */
    public static List<String> write(String packageName, GenerationPlan domain, List<AdapterPlan> adapters,
                                     PackageElement origin, Filer filer, Reporter reporter) {
        Set<String> shadowing = new HashSet<>(domain.typeNames());
        shadowing.retainAll(JdbcNames.NAMED);
        GeneratedPackage target = new GeneratedPackage(packageName, origin, shadowing);
        List<Optional<JavaFile>> files = new ArrayList<>();
        files.add(new JdbcSupportGenerator(target).generate(domain.packageName()));
        files.add(new JdbcTransactionsGenerator(target).generate(domain.packageName()));
        AdapterGenerator generator = new AdapterGenerator(target, domain.packageName());
        adapters.forEach(adapter -> files.add(generator.generate(adapter)));
        List<String> written = new ArrayList<>();
        String current = "";
        try {
            for (Optional<JavaFile> file : files) {
                if (file.isPresent()) {
                    current = qualifiedName(file.get());
                    file.get().writeTo(filer);
                    written.add(current);
                }
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
