package dev.dbmirror.schema.io;

import static dev.dbmirror.schema.Fixtures.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dbmirror.schema.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReaderErrorsTest {

    private static final String SOURCE = "\"source\": {\"dialect\": \"generic\"}";

    @Test
    void everyStructuralProblemIsReportedAtOnceWithLineColumnPathAndFix() {
        String json = Fixtures.text("invalid/structural.json");
        String expected = Fixtures.text("invalid/structural.expected.txt").replace("structural.json:", "t.json:");
        assertEquals(expected.strip(), problems(json));
    }

    static Stream<Arguments> syntaxAndFormatProblems() {
        return Stream.of(
                Arguments.of("", "t.json:1:1: the file is empty; write a mirror with `dbmirror pull` or `dbmirror add-table`"),
                Arguments.of("  \n ", "t.json:1:1: the file is empty; write a mirror with `dbmirror pull` or `dbmirror add-table`"),
                Arguments.of("{\"format\": 1\n  \"tables\": []}",
                        "t.json:2:3: malformed JSON: unexpected character ('\"' (code 34)): was expecting comma to separate"
                                + " Object entries; fix the syntax or pull the mirror again"),
                Arguments.of("{\"format\": 1} []",
                        "t.json:1:15: unexpected content after the end of the JSON document; a mirror is exactly one object"),
                Arguments.of("{\"format\": 1,\n  \"format\": 1}", "t.json:2:3: format: duplicate key \"format\"; keep only one"),
                Arguments.of("{\"format\": 1, \"tables\": [{\"name\": \"a\", \"name\": \"b\"}]}",
                        "t.json:1:40: tables[0].name: duplicate key \"name\"; keep only one"),
                Arguments.of("[1]", "t.json:1:1: expected an object, found an array; write an object in braces, { ... }"),
                Arguments.of("{" + SOURCE + ", \"tables\": []}",
                        "t.json:1:1: format: missing required field \"format\"; add \"format\": 1"),
                Arguments.of("{\"format\": \"1\"}",
                        "t.json:1:12: format: expected a whole number, found the string \"1\"; write digits only, e.g. 1"),
                Arguments.of("{\"format\": 1.0}",
                        "t.json:1:12: format: expected a whole number, found the number 1.0; write digits only, e.g. 1"),
                Arguments.of("{\"format\": 0}", "t.json:1:12: format: format 0 does not exist; write \"format\": 1"),
                Arguments.of("{\"format\": 1, \"source\": {\"dialect\": \"postgresql\", \"serverMajor\": 99999999999}, \"tables\": []}",
                        "t.json:1:66: source.serverMajor: the number 99999999999 is out of range; use a whole number from"
                                + " -2147483648 to 2147483647"),
                Arguments.of("{\"format\": 1, " + SOURCE + "}",
                        "t.json:1:1: tables: missing required field \"tables\"; add \"tables\": [ ... ]"),
                Arguments.of("{\"format\": 1, \"source\": \"pg\", \"tables\": {}}",
                        "t.json:1:25: source: expected an object, found the string \"pg\"; write an object in braces, { ... }\n"
                                + "t.json:1:41: tables: expected an array, found an object; write a list in square brackets, [ ... ]"));
    }

    @ParameterizedTest
    @MethodSource("syntaxAndFormatProblems")
    void eachProblemHasItsMessageAndPosition(String json, String expected) {
        assertEquals(expected, problems(json));
    }

    @Test
    void aCutShortFileIsMalformedAtItsEnd() {
        assertEquals("t.json:2:14: malformed JSON: unexpected end-of-input: expected close marker for Array"
                + " (opened at line 2, column 13); fix the syntax or pull the mirror again",
                problems("{\"format\": 1,\n  \"tables\": ["));
    }

    @Test
    void aNewerFormatSaysWhichVersionIsNeeded() {
        assertEquals("t.json:1:12: format: format 2 is newer than this dbmirror reads (format 1);"
                + " upgrade dbmirror to a version that reads format 2", problems("{\"format\": 2, \"tables\": \"later\"}"));
    }

    @Test
    void aLongStringIsShortenedInTheMessage() {
        String json = "{\"format\": 1, \"source\": {\"dialect\": \"pg\", \"serverMajor\": \"" + "9".repeat(60) + "\"}, \"tables\": []}";
        assertEquals("t.json:1:58: source.serverMajor: expected a whole number, found the string \""
                + "9".repeat(40) + "...\"; write digits only, e.g. 1", problems(json));
    }

    @Test
    void aMissingFileSaysHowToCreateIt(@TempDir Path dir) {
        Path missing = dir.resolve("tables.json");
        MirrorException e = assertThrows(MirrorException.class, () -> Mirrors.load(missing));
        assertEquals(missing + ": file not found; run `dbmirror pull` to create the mirror or fix the path", e.getMessage());
    }

    @Test
    void bytesThatAreNotUtf8AreRejected() {
        byte[] latin1 = {'{', '"', (byte) 0xe9, '"', ':', '1', '}'};
        MirrorException e = assertThrows(MirrorException.class, () -> Mirrors.read(latin1, "t.json"));
        assertEquals("t.json: the file is not valid UTF-8; a mirror is always UTF-8, pull it again", e.getMessage());
    }

    @Test
    void messagesCarryNoStackTrace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tables.json");
        Files.writeString(file, Fixtures.text("invalid/structural.json"));
        MirrorException e = assertThrows(MirrorException.class, () -> Mirrors.load(file));
        assertEquals(0, e.getStackTrace().length);
        assertEquals(null, e.getCause());
        assertFalse(e.getMessage().contains("\tat "), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        assertEquals(24, e.problems().size());
    }
}
