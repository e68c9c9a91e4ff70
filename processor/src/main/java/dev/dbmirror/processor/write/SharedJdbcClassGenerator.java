package dev.dbmirror.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.TypeVariableName;
import java.util.Optional;

/**
 * A class generated once per {@code @JdbcAdapters} package beside the adapters ({@code JdbcSupport},
 * {@code JdbcTransactions}): a fixed name, {@code @MirroredAdapter} without a table, so that the rules count it
 * as persistence code. Its input is the domain package's name.
 */
abstract class SharedJdbcClassGenerator extends SourceFileGenerator<String> {

    static final TypeVariableName T = TypeVariableName.get("T");

    private final String name;

    SharedJdbcClassGenerator(GeneratedPackage target, String name) {
        super(target);
        this.name = name;
    }

    @Override
    final Optional<String> name(String domainPackage) {
        return Optional.of(name);
    }

    @Override
    final Optional<AnnotationSpec> marker(String domainPackage) {
        return Optional.of(AnnotationSpec.builder(JdbcNames.MIRRORED_ADAPTER).build());
    }
}
