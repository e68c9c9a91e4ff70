package dev.dbmirror.schema.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dbmirror.schema.model.Mirror;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several files as one schema, line ends and byte order marks, doc comments: what the positions and comments are. */
class PrismaSourcesTest {

    private static final String DATASOURCE = "datasource db {\n  provider = \"postgresql\"\n  url = env(\"U\")\n}\n";

    @Test
    void aNameDeclaredInTwoFilesNamesBothPlaces() {
        PrismaException e = assertThrows(PrismaException.class, () -> PrismaImport.fromSources(List.of(
                new SchemaSource("a.prisma", DATASOURCE + "model User {\n  id Int @id\n}\n"),
                new SchemaSource("b.prisma", "\nenum User {\n  A\n}\n"))));

        assertEquals("b.prisma:2:6: \"User\" is declared twice (first at a.prisma:5:7); models, views and enums need"
                + " distinct names, rename one", e.getMessage());
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkKeepColumnsRight() {
        String text = "\uFEFF" + DATASOURCE.replace("\n", "\r\n") + "model A {\r\n  id Int @id\r\n  b Bolean\r\n}\r\n";

        PrismaException e = assertThrows(PrismaException.class,
                () -> PrismaImport.fromSources(List.of(new SchemaSource("s.prisma", text))));

        assertEquals("s.prisma:7:5: unknown type \"Bolean\" for field A.b (did you mean \"Boolean\"?); use a scalar type"
                + " (String, Int, BigInt, Float, Decimal, Boolean, DateTime, Json, Bytes), Unsupported(\"…\"), or an"
                + " enum, model or view of the schema", e.getMessage());
    }

    @Test
    void docCommentsBecomeCommentsAndPlainCommentsDoNot() throws PrismaException {
        Mirror mirror = PrismaImport.fromSources(List.of(new SchemaSource("s.prisma", DATASOURCE + """
                // not a doc comment
                /// First line.
                ///   Second line, indented.
                model A {
                  /// The key.
                  id Int @id // plain
                  b  Int ///   trailing, blanks at the end kept \s
                  // plain
                  c  Int
                }

                /// Moods.
                enum Mood {
                  /// has no place in the mirror
                  HAPPY
                }
                """)));

        assertEquals("First line.\nSecond line, indented.", mirror.tables().get(0).comment());
        assertEquals("The key.", mirror.tables().get(0).columns().get(0).comment());
        assertEquals("trailing, blanks at the end kept  ", mirror.tables().get(0).columns().get(1).comment());
        assertEquals(null, mirror.tables().get(0).columns().get(2).comment());
        assertEquals("Moods.", mirror.enums().get(0).comment());
    }
}
