package dev.dbmirror.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dbmirror.processor.plan.JavaType.ArrayType;
import dev.dbmirror.processor.plan.JavaType.ClassType;
import dev.dbmirror.processor.plan.JavaType.Parameterized;
import dev.dbmirror.processor.plan.JavaType.Primitive;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    private static final ClassType JSON = ClassType.of("com.a", "Json");
    private static final ClassType OTHER_JSON = ClassType.of("com.b", "Json");

    private static String text(SourceText source) throws IOException {
        StringWriter out = new StringWriter();
        source.writeTo(out);
        return out.toString();
    }

    @Test
    void firstClassToUseASimpleNameIsImportedLaterOnesAreQualified() throws IOException {
        SourceText source = new SourceText("com.acme.shop", Set.of("Order"));
        source.start();
        source.type(JSON).append(' ').type(OTHER_JSON, true).append(' ').type(JSON, true).append('\n');
        assertEquals("package com.acme.shop;\n\nimport com.a.Json;\nimport org.jspecify.annotations.Nullable;\n\n"
                + "Json com.b. @Nullable Json @Nullable Json\n", text(source));
    }

    @Test
    void namesOfThePackageWinAndJavaLangIsNotImported() throws IOException {
        SourceText source = new SourceText("com.acme.shop", Set.of("String"));
        source.start();
        source.type(GeneratedTypes.STRING, true).append(' ').type(ClassType.of("com.acme.shop", "String"))
                .append(' ').type(GeneratedTypes.OBJECT).append(' ')
                .type(new Parameterized(GeneratedTypes.LIST, List.of(Primitive.INT.box())), true).append(' ')
                .type(new ArrayType(Primitive.BYTE), true).append(' ')
                .type(new ClassType("java.util", List.of("Map", "Entry"))).append('\n');
        assertEquals("package com.acme.shop;\n\n"
                + "import java.util.List;\nimport java.util.Map;\nimport org.jspecify.annotations.Nullable;\n\n"
                + "java.lang. @Nullable String String Object @Nullable List<Integer> byte @Nullable [] Map.Entry\n",
                text(source));
    }

    @Test
    void breaksOnlyLinesLongerThanOneHundredColumns() throws IOException {
        SourceText source = new SourceText("p", Set.of());
        source.start();
        source.append("x".repeat(90)).append(',').breakableSpace(8).append("1234567;\n");
        source.append("y".repeat(90)).append(',').breakableSpace(8).append("12345678;\n");
        source.append("z".repeat(99)).append('(').breakPoint(4).append(");\n");
        assertEquals("package p;\n\n" + "x".repeat(90) + ", 1234567;\n"
                + "y".repeat(90) + ",\n        12345678;\n"
                + "z".repeat(99) + "(\n    );\n", text(source));
    }

    @Test
    void javadocKeepsBlankLinesWithoutTrailingSpace() throws IOException {
        SourceText source = new SourceText("p", Set.of());
        source.start();
        source.javadoc("    ", "One.\n\nTwo.");
        assertEquals("package p;\n\n    /**\n     * One.\n     *\n     * Two.\n     */\n", text(source));
    }
}
