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
 * Types the catalog does not know (extensions' {@code geometry}, {@code ltree}, {@code hstore}, also in
 * arrays and under domains): by default String, with one note that lists the columns; with
 * {@code -Adbmirror.strictTypes=true} an error per column (the corpus has those cases).
 */
class UnknownTypesTest {

    private static final Path MIRROR = Paths.get("src/test/resources/unknown-types/tables.json").toAbsolutePath();

    @Test
    void unknownTypesAreStringsWithOneNote() {
        Compilation compilation = ProcessorRun.compile(MIRROR, List.of());

        assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics().toString());
        assertEquals(List.of(), compilation.warnings());
        assertEquals(List.of("[DBM-P016] {file}: columns of types that dbmirror's catalog does not know are String,"
                + " in PostgreSQL's text form: public.places.location (geometry(Point,4326)), public.places.path"
                + " (ltree[]), public.places.attributes (hstore), public.places.zone (public.area),"
                + " public.roads.line (geometry(Point,4326)). Fix: to give such a type another Java type, add"
                + " -Adbmirror.typeOverrides=geometry=<java type>; to make unknown types errors, add"
                + " -Adbmirror.strictTypes=true."), notes(compilation));
        String place = ProcessorRun.generatedSources(compilation).get("Place.java");
        assertTrue(place.contains("public record Place(long id, String location, @Nullable List<String> path,\n"
                + "        @Nullable String attributes, @Nullable String zone, @Nullable String address) {"), place);
    }

    @Test
    void anOverrideTakesTheTypeOutOfTheNote() {
        Compilation compilation = ProcessorRun.compile(MIRROR, List.of(
                "-Adbmirror.typeOverrides=geometry=String;ltree=String;hstore=String"));

        assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics().toString());
        assertEquals(List.of(), notes(compilation), "every unknown type has an override");
    }

    @Test
    void strictTypesMakesEachColumnAnError() {
        Compilation compilation = ProcessorRun.compile(MIRROR, List.of("-Adbmirror.strictTypes=true"));

        assertEquals(Compilation.Status.FAILURE, compilation.status());
        assertEquals(List.of("public.places.location", "public.places.path", "public.places.attributes",
                        "public.places.zone", "public.roads.line"),
                compilation.errors().stream()
                        .map(error -> error.getMessage(Locale.ROOT).replaceAll(".* column (\\S+) has type .*", "$1"))
                        .toList());
        assertEquals(List.of(), notes(compilation));
    }

    private static List<String> notes(Compilation compilation) {
        return compilation.diagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.NOTE)
                .map(note -> note.getMessage(Locale.ROOT).replace(MIRROR.toString(), "{file}"))
                .toList();
    }
}
