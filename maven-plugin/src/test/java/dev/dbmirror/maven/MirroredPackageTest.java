package dev.dbmirror.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MirroredPackageTest {

    @Test
    void bareAnnotationMeansTheDefaultMirror() {
        assertEquals(Optional.of(new MirroredPackage("com.acme.domain", Optional.of("db/schema/tables.json"))),
                MirroredPackage.parse("@DbMirror\npackage com.acme.domain;\n\nimport dev.dbmirror.annotations.DbMirror;\n"));
    }

    @Test
    void positionalValue() {
        assertEquals(Optional.of("schema/mirror.json"), mirrorPath("@DbMirror(\"schema/mirror.json\")"));
    }

    @Test
    void namedValueAmongOtherElements() {
        assertEquals(Optional.of("a/b, c.json"), mirrorPath("@DbMirror(singularize = false, value = \"a/b, c.json\")"));
        assertEquals(Optional.of("x.json"), mirrorPath("@DbMirror(value=\"x.json\",singularize=false)"));
    }

    @Test
    void otherElementsOnlyMeanTheDefaultMirror() {
        assertEquals(Optional.of("db/schema/tables.json"), mirrorPath("@DbMirror(singularize = false)"));
        assertEquals(Optional.of("db/schema/tables.json"), mirrorPath("@DbMirror( )"));
    }

    @Test
    void qualifiedAnnotationSplitOverLines() {
        assertEquals(Optional.of("m.json"), mirrorPath("@dev.dbmirror.annotations.DbMirror(\n    \"m.json\"\n)"));
    }

    @Test
    void valueThatIsNotAPlainLiteralIsUnknown() {
        assertEquals(Optional.empty(), mirrorPath("@DbMirror(Paths.MIRROR)"));
        assertEquals(Optional.empty(), mirrorPath("@DbMirror(\"db/\" + \"tables.json\")"));
        assertEquals(Optional.empty(), mirrorPath("@DbMirror(\"db\\u002ftables.json\")"));
    }

    @Test
    void commentedOutAnnotationDoesNotCount() {
        assertEquals(Optional.empty(), MirroredPackage.parse("// @DbMirror\n/* @DbMirror(\"x\") */\npackage com.acme;\n"));
    }

    @Test
    void otherAnnotationWithSimilarNameDoesNotCount() {
        assertEquals(Optional.empty(), MirroredPackage.parse("@DbMirrorLegacy\npackage com.acme;\n"));
    }

    @Test
    void javadocBeforeTheAnnotationIsIgnored() {
        assertEquals(Optional.of(new MirroredPackage("com.acme.domain", Optional.of("x.json"))),
                MirroredPackage.parse("/** Domain; see @DbMirror(\"wrong.json\"). */\n@DbMirror(\"x.json\")\npackage com.acme . domain ;\n"));
    }

    private static Optional<String> mirrorPath(String annotation) {
        return MirroredPackage.parse(annotation + "\npackage p;\n").orElseThrow().mirrorPath();
    }
}
