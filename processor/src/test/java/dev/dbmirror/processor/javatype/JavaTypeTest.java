package dev.dbmirror.processor.javatype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbmirror.processor.javatype.JavaType.ClassType;
import dev.dbmirror.processor.javatype.JavaType.Primitive;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JavaTypeTest {

    @Test
    void parsesPrimitivesAndQualifiedClassNames() {
        assertEquals(Primitive.INT, JavaType.parse("int").orElseThrow());
        assertEquals(new ClassType("com.acme", List.of("Email")), JavaType.parse("com.acme.Email").orElseThrow());
        assertEquals(new ClassType("com.acme", List.of("Types", "Email")),
                JavaType.parse("com.acme.Types.Email").orElseThrow());
    }

    @Test
    void acceptsSimpleNamesOfJavaLangClasses() {
        assertEquals(ClassType.of("java.lang", "String"), JavaType.parse("String").orElseThrow());
        assertEquals(ClassType.of("java.lang", "Integer"), JavaType.parse("Integer").orElseThrow());
        assertEquals(new ClassType("java.lang", List.of("Character", "UnicodeBlock")),
                JavaType.parse("Character.UnicodeBlock").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Email", "StringCoding", "String$Foo", "Character$UnicodeBlock", "com.acme.email",
        "com..Email", "com.acme.Email.", "com.acme.Email<T>",
        "com.acme.Types.email", "com.int.Email", "not a type", ""})
    void rejectsAnythingElse(String text) {
        assertTrue(JavaType.parse(text).isEmpty(), text);
    }

    @Test
    void boxesPrimitivesOnly() {
        assertEquals(ClassType.of("java.lang", "Integer"), Primitive.INT.box());
        assertTrue(Primitive.INT.isPrimitive());
        ClassType string = ClassType.of("java.lang", "String");
        assertEquals(string, string.box());
        assertFalse(string.isPrimitive());
    }

    @Test
    void printsCanonicalNames() {
        ClassType list = ClassType.of("java.util", "List");
        assertEquals("java.util.List<java.lang.Integer>",
                new JavaType.Parameterized(list, List.of(Primitive.INT.box())).toString());
        assertEquals("byte[]", new JavaType.ArrayType(Primitive.BYTE).toString());
        assertEquals("java.util.Map.Entry", new ClassType("java.util", List.of("Map", "Entry")).toString());
    }
}
