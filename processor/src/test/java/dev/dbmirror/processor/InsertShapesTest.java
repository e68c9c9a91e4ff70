package dev.dbmirror.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The insert shape's {@code of} and every record's {@code withX}, compiled with user code that calls them
 * (-Xlint:all, no warning) and then run: a members table with an identity-always id, a column named
 * {@code of} (the factory yields: {@code of_}), and columns {@code name} and {@code with_name} (the
 * method for {@code name} yields to the accessor {@code withName()}: {@code withName_}).
 */
class InsertShapesTest {

    private static final Path MIRROR = Paths.get("src/test/resources/shapes/tables.json").toAbsolutePath();

    private static final JavaFileObject USER_CODE = JavaFileObjects.forSourceLines("com.acme.app.Members",
            "package com.acme.app;",
            "",
            "import com.acme.shop.Member;",
            "import com.acme.shop.NewMember;",
            "import com.acme.shop.NewTag;",
            "import com.acme.shop.TagKey;",
            "",
            "public final class Members {",
            "    private Members() {",
            "    }",
            "",
            "    public static NewMember required() {",
            "        return NewMember.of_(\"o\", \"Ada\", 7);",
            "    }",
            "",
            "    public static NewMember completed() {",
            "        return required().withNick(\"ace\").withWithName(\"w\").withName_(\"Grace\");",
            "    }",
            "",
            "    public static Member renamed(Member member) {",
            "        return member.withName_(\"Bob\").withScore(9);",
            "    }",
            "",
            "    public static Object[] keys() {",
            "        return new Object[] {NewTag.of(1L, \"x\"), new TagKey(1L, \"x\")};",
            "    }",
            "}");

    private static final OffsetDateTime JOINED = OffsetDateTime.parse("2026-12-01T10:00Z");

    private final Compilation compilation = ProcessorRun.compile(MIRROR, List.of(), USER_CODE);
    private final Map<String, String> sources = ProcessorRun.generatedSources(compilation);

    @Test
    void compilesWithoutWarnings() {
        assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics().toString());
        assertEquals(List.of(), compilation.warnings());
    }

    @Test
    void factoryTakesTheColumnsAnInsertMustGiveInTableOrder() {
        String insert = sources.get("NewMember.java");
        assertTrue(insert.contains("public record NewMember(String of, String name, @Nullable String withName,"
                + " @Nullable String nick,\n        @Nullable OffsetDateTime joinedAt, int score) {"), insert);
        assertTrue(insert.contains("""
                    public static NewMember of_(String of, String name, int score) {
                        return new NewMember(of, name, null, null, null, score);
                    }
                """), insert);
    }

    @Test
    void withNamesYieldToAccessors() {
        for (String source : List.of(sources.get("NewMember.java"), sources.get("Member.java"))) {
            assertTrue(source.contains(" withName_(String name) {"), source);
            assertTrue(source.contains(" withWithName(@Nullable String withName) {"), source);
            assertTrue(source.contains(" withOf(String of) {"), source);
        }
        assertFalse(sources.get("Member.java").contains("of_("), "only the insert shape has a factory");
    }

    @Test
    void keysHaveNoWithMethods() {
        assertFalse(sources.get("TagKey.java").contains(" with"), sources.get("TagKey.java"));
        assertTrue(sources.get("NewTag.java").contains("public static NewTag of(long memberId, String label) {"),
                "a table without database-supplied columns has an insert shape too");
        assertTrue(sources.get("TagRepository.java").contains("Tag insert(NewTag row);"),
                sources.get("TagRepository.java"));
    }

    @Test
    void factoryAndWithMethodsBuildTheRecordsTheySay() throws ReflectiveOperationException {
        ClassLoader loader = new CompiledClasses(compilation);
        Class<?> members = loader.loadClass("com.acme.app.Members");
        assertEquals("NewMember[of=o, name=Ada, withName=null, nick=null, joinedAt=null, score=7]",
                members.getMethod("required").invoke(null).toString());
        assertEquals("NewMember[of=o, name=Grace, withName=w, nick=ace, joinedAt=null, score=7]",
                members.getMethod("completed").invoke(null).toString());

        Class<?> member = loader.loadClass("com.acme.shop.Member");
        Object stored = member.getConstructors()[0].newInstance(5L, "o", "Ada", null, "ace", JOINED, 7);
        assertEquals("Member[id=5, of=o, name=Bob, withName=null, nick=ace, joinedAt=" + JOINED + ", score=9]",
                members.getMethod("renamed", member).invoke(null, stored).toString());
        assertEquals("Member[id=5, of=o, name=Ada, withName=null, nick=ace, joinedAt=" + JOINED + ", score=7]",
                stored.toString(), "with methods return copies");
    }
}
