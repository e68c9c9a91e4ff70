package dev.dbmirror.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * The generated adapters against a real PostgreSQL: the adapters of the test schema's mirror are compiled by
 * javac together with user code (src/test/resources/adapters/RoundTrip.java), loaded, and run on the embedded
 * server with that schema. The user code checks every type of the catalog, nulls, database-supplied values,
 * every port method, failures and transactions.
 */
class JdbcAdapterRoundTripTest {

    private static final Path FOLDER = Paths.get("src/test/resources/adapters");

    @Test
    void everyRepositoryMethodWorksOnPostgres() throws ReflectiveOperationException {
        Compilation compilation = ProcessorRun.compile(FOLDER.resolve("tables.json").toAbsolutePath(), List.of(),
                ProcessorRun.adapters(), JavaFileObjects.forResource("adapters/RoundTrip.java"));
        assertEquals(List.of(), compilation.diagnostics().stream()
                .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                .map(d -> d.getKind() + ": " + d.getMessage(null))
                .toList());
        @SuppressWarnings("unchecked")
        Consumer<DataSource> roundTrip = new CompiledClasses(compilation).instance("com.acme.shop.app.RoundTrip", Consumer.class);
        roundTrip.accept(PostgresDatabase.withSchema(FOLDER.resolve("schema.sql")));
    }
}
