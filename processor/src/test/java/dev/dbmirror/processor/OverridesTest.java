package dev.dbmirror.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Overrides after a database change: one that matches nothing in the mirror (its table was dropped, its
 * column renamed) is a warning with its message id, and the code is still generated; {@code java.lang}
 * classes may be named by their simple name.
 */
class OverridesTest {

    private static final Path MIRROR = Paths.get("src/test/resources/overrides/tables.json").toAbsolutePath();

    @Test
    void overridesThatMatchNothingAreWarnings() {
        Compilation compilation = ProcessorRun.compile(MIRROR, List.of(
                "-Adbmirror.typeOverrides=tsvector=String;jsonb=com.fasterxml.jackson.databind.JsonNode",
                "-Adbmirror.columnOverrides=public.users.balance=java.math.BigDecimal;public.orders.total=long",
                "-Adbmirror.tableNames=public.orders=Purchase",
                "-Adbmirror.columnNames=public.users.mail=mailAddress"));

        assertEquals(Compilation.Status.SUCCESS, compilation.status());
        assertEquals(List.of(
                "[DBM-P011] {file}: type override jsonb=com.fasterxml.jackson.databind.JsonNode matches no column"
                        + " type of the mirror. Fix: remove it from -Adbmirror.typeOverrides, or name a type the"
                        + " mirror uses.",
                "[DBM-P012] {file}: column override public.orders.total=long names no column of the mirror. Fix:"
                        + " remove it from -Adbmirror.columnOverrides, or write schema.table.column of an existing"
                        + " column.",
                "[DBM-P013] {file}: name override public.orders=Purchase names no table, view or enum type of the"
                        + " mirror. Fix: remove it from -Adbmirror.tableNames, or write schema.name of an existing"
                        + " table, view or enum type.",
                "[DBM-P014] {file}: name override public.users.mail=mailAddress names no column of the mirror."
                        + " Fix: remove it from -Adbmirror.columnNames, or write schema.table.column of an existing"
                        + " column."), compilation.warnings().stream()
                .map(warning -> warning.getMessage(Locale.ROOT).replace(MIRROR.toString(), "{file}"))
                .toList());
        for (Diagnostic<?> warning : compilation.warnings()) {
            assertTrue(String.valueOf(warning.getSource()).contains("package-info"), warning.toString());
        }
        String user = ProcessorRun.generatedSources(compilation).get("User.java");
        assertTrue(user.contains("public record User(UUID id, String email, @Nullable String search,"
                + " BigDecimal balance) {"), user);
    }

    @Test
    void javaLangClassesByTheirSimpleName() {
        Compilation compilation = ProcessorRun.compile(MIRROR, List.of(
                "-Adbmirror.typeOverrides=tsvector=String;money=Long"));

        assertEquals(List.of(), compilation.diagnostics().stream()
                .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                .map(d -> d.getMessage(null))
                .toList());
        String user = ProcessorRun.generatedSources(compilation).get("User.java");
        assertTrue(user.contains("public record User(UUID id, String email, @Nullable String search,"
                + " Long balance) {"), user);
    }
}
