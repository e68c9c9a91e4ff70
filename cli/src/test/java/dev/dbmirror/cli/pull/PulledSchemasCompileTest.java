package dev.dbmirror.cli.pull;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.dbmirror.cli.support.Cli;
import dev.dbmirror.cli.support.PostgresServer;
import dev.dbmirror.cli.support.TestDatabase;
import dev.dbmirror.processor.DbMirrorProcessor;
import dev.dbmirror.processor.plan.TypeCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real schemas compile with no options: pulled from the embedded PostgreSQL by the CLI, then compiled by
 * javac with the processor, -Xlint:all, without a warning or a note about unknown types. The server's
 * own list of built-in types is the reference: a type PostgreSQL has and the catalog lacks fails here.
 */
class PulledSchemasCompileTest {

    /** Every base, range and multirange type of pg_catalog (arrays are {@code List}s of these), as format_type prints it. */
    private static final String BUILT_IN_TYPES = """
            SELECT t.typname, format_type(t.oid, NULL), t.typarray <> 0
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname = 'pg_catalog' AND t.typtype IN ('b', 'r', 'm') AND t.typisdefined
              AND t.typname NOT LIKE '\\_%' ORDER BY t.typname""";

    @TempDir
    Path dir;

    @Test
    void everyBuiltInTypeOfTheServerHasACatalogEntry() {
        TestDatabase db = PostgresServer.createDatabase();
        List<String> types = builtInTypes(db).stream().map(BuiltInType::formatted).toList();

        assertTrue(types.size() > 80, () -> "the query finds the built-in types: " + types);
        assertEquals(List.of(), types.stream().filter(type -> TypeCatalog.lookup(type).isEmpty()).toList(),
                "built-in PostgreSQL types without an entry in the processor's TypeCatalog");
    }

    @Test
    void aTableOfEveryBuiltInTypeCompiles() {
        TestDatabase db = PostgresServer.createDatabase();
        StringBuilder table = new StringBuilder("CREATE TABLE every_type (id integer PRIMARY KEY");
        for (BuiltInType type : builtInTypes(db)) {
            table.append(",\n  \"t_").append(type.name()).append("\" ").append(type.formatted());
            if (type.hasArray()) {
                table.append(",\n  \"t_").append(type.name()).append("_array\" ").append(type.formatted()).append("[]");
            }
        }
        db.sql(table.append(')').toString());

        Compilation compilation = pullAndCompile(db);

        assertClean(compilation);
        String source = generated(compilation, "EveryType.java");
        assertTrue(source.contains("@Nullable String tInet,"), source);
        assertTrue(source.contains("@Nullable String tInterval,"), source);
        assertTrue(source.contains("@Nullable List<String> tTstzmultirangeArray,"), source);
        assertTrue(source.contains("@Nullable Long tOid,"), source);
    }

    @Test
    void powerDnsSchemaCompiles() {
        TestDatabase db = PostgresServer.createDatabase();
        db.sql(resource("powerdns.sql"));

        Compilation compilation = pullAndCompile(db);

        assertClean(compilation);
        assertTrue(generated(compilation, "Supermaster.java").contains(
                "public record Supermaster(String ip, String nameserver, String account) {"),
                generated(compilation, "Supermaster.java"));
        assertTrue(generated(compilation, "SupermasterKey.java").contains("public record SupermasterKey(String ip,"
                + " String nameserver) {"), generated(compilation, "SupermasterKey.java"));
    }

    private Compilation pullAndCompile(TestDatabase db) {
        Path mirror = dir.resolve("tables.json");
        Cli.Result pull = Cli.with(dir).run("pull", "--url", db.url(), "--user", PostgresServer.SUPERUSER,
                "--mirror", mirror.toString());
        assertEquals(0, pull.exitCode(), pull::toString);
        return javac().withProcessors(new DbMirrorProcessor())
                .withOptions("-Xlint:all", "-Adbmirror.mirror=" + mirror)
                .compile(JavaFileObjects.forSourceLines("com.acme.pulled.package-info",
                        "@dev.dbmirror.annotations.DbMirror", "package com.acme.pulled;"));
    }

    /** Compiled, and nothing said but the processor's timing note, if any. */
    private static void assertClean(Compilation compilation) {
        assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics().toString());
        assertEquals(List.of(), compilation.diagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() != Diagnostic.Kind.NOTE
                        || diagnostic.getMessage(Locale.ROOT).startsWith("[DBM-P016]"))
                .map(diagnostic -> diagnostic.getMessage(Locale.ROOT))
                .toList());
    }

    private static String generated(Compilation compilation, String fileName) {
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            if (file.getName().endsWith("/" + fileName)) {
                try {
                    return file.getCharContent(false).toString();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new AssertionError(fileName + " was not generated");
    }

    /** A built-in type: its pg_type name, its name as format_type prints it, whether it has an array type. */
    private record BuiltInType(String name, String formatted, boolean hasArray) {
    }

    private static List<BuiltInType> builtInTypes(TestDatabase db) {
        try (Connection c = db.superuser().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(BUILT_IN_TYPES)) {
            List<BuiltInType> types = new ArrayList<>();
            while (rows.next()) {
                types.add(new BuiltInType(rows.getString(1), rows.getString(2), rows.getBoolean(3)));
            }
            return types;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = PulledSchemasCompileTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
