package dev.dbmirror.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * The catalog's text-form types are lossless through the generated adapter: a row of unusual values of every
 * such type ({@code '1 mon'}, money, IPv6, bit strings, ranges and multiranges, geometry, an oid above 2^31,
 * snapshots, arrays; src/test/resources/catalog/schema.sql) is read by {@code findById}, inserted again under
 * another id by {@code insert}, and the server must print every column of the copy as it prints the original.
 */
class CatalogRoundTripTest {

    private static final Path FOLDER = Paths.get("src/test/resources/catalog");

    @Test
    void textFormValuesComeBackAsTheServerWroteThem() throws Exception {
        Compilation compilation = ProcessorRun.compile(FOLDER.resolve("tables.json").toAbsolutePath(), List.of(),
                ProcessorRun.adapters());
        assertEquals(List.of(), compilation.diagnostics().stream()
                .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                .map(d -> d.getKind() + ": " + d.getMessage(null))
                .toList());
        DataSource dataSource = PostgresDatabase.withSchema(FOLDER.resolve("schema.sql"));
        CompiledClasses classes = new CompiledClasses(compilation);
        Class<?> repositoryClass = classes.loadClass(ProcessorRun.ADAPTERS + ".JdbcTextFormValueRepository");
        Object repository = repositoryClass.getConstructor(DataSource.class).newInstance(dataSource);

        Optional<?> original = (Optional<?>) repositoryClass.getMethod("findById", int.class).invoke(repository, 1);
        Record row = (Record) original.orElseThrow();
        Class<?> insertShape = classes.loadClass(ProcessorRun.PACKAGE + ".NewTextFormValue");
        Object copy = insertShape.getConstructors()[0].newInstance(withId(row, 2));
        repositoryClass.getMethod("insert", insertShape).invoke(repository, copy);

        List<String> columns = columns(dataSource);
        assertEquals(columns.size(), row.getClass().getRecordComponents().length, "a component per column");
        assertEquals(List.of(), differences(dataSource, columns), "columns whose copy the server prints differently");
    }

    /** The row's component values, the first (the id) replaced. */
    private static Object[] withId(Record row, int id) throws ReflectiveOperationException {
        RecordComponent[] components = row.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getAccessor().invoke(row);
        }
        values[0] = id;
        return values;
    }

    /** The table's columns in table order, as the server lists them. */
    private static List<String> columns(DataSource dataSource) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet names = statement.executeQuery("SELECT column_name FROM information_schema.columns"
                     + " WHERE table_name = 'text_form_values' ORDER BY ordinal_position")) {
            while (names.next()) {
                columns.add(names.getString(1));
            }
        }
        return columns;
    }

    /** The columns whose text differs between row 1 and row 2, with both texts. */
    private static List<String> differences(DataSource dataSource, List<String> columns) throws SQLException {
        List<String> differences = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String column : columns.subList(1, columns.size())) {
                try (ResultSet texts = statement.executeQuery("SELECT a." + column + "::text, b." + column + "::text"
                        + " FROM text_form_values a, text_form_values b WHERE a.id = 1 AND b.id = 2")) {
                    texts.next();
                    if (!texts.getString(1).equals(texts.getString(2))) {
                        differences.add(column + ": " + texts.getString(1) + " / " + texts.getString(2));
                    }
                }
            }
        }
        return differences;
    }
}
