package dev.dbmirror.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Builds a real Maven project ({@code src/it/regeneration}) several times, as a user would after
 * pulls, and checks that only a changed {@code tables.json} causes work.
 */
class RegenerationIT {

    private static final String NOTHING_TO_COMPILE = "Nothing to compile - all classes are up to date";
    private static final String MIRROR = "db/schema/tables.json";

    private Path project;
    private InnerMaven maven;

    @BeforeEach
    void copyProject() throws IOException {
        project = ItProjects.copy("regeneration");
        maven = new InnerMaven(project, project.getParent());
    }

    @Test
    void plainCompileRegeneratesOnlyAfterTheMirrorChanged() throws IOException, InterruptedException {
        Path record = project.resolve("target/generated-sources/annotations/com/acme/shop/domain/User.java");

        String first = maven.run("compile");
        assertContains(first, "dbmirror: com.acme.shop.domain not compiled yet; the compiler generates it from " + MIRROR);
        assertTrue(Files.exists(record), "the first build generates User");
        Map<String, FileTime> firstOutput = modificationTimes();

        String unchanged = maven.run("compile");
        assertContains(unchanged, "dbmirror: " + MIRROR + " unchanged; com.acme.shop.domain is up to date");
        assertContains(unchanged, NOTHING_TO_COMPILE);
        assertEquals(firstOutput, modificationTimes(), "an unchanged mirror rewrites no generated source or class");

        TestMirror.addColumn(project.resolve(MIRROR), "nickname", "text", true, null);
        String processorAlone = maven.run("compile", "-Ddbmirror.skip");
        assertContains(processorAlone, NOTHING_TO_COMPILE);
        assertFalse(read(record).contains("nickname"), "without the plugin the compiler does not see the new mirror");

        String afterPull = maven.run("compile");
        assertContains(afterPull,
                "dbmirror: " + MIRROR + " changed since the last build; regenerating com.acme.shop.domain");
        assertContains(afterPull, "Recompiling the module because of changed source code");
        assertContains(read(record), "@Nullable String nickname");

        write(project.resolve("src/main/java/com/acme/shop/app/Nickname.java"), """
                package com.acme.shop.app;

                import com.acme.shop.domain.User;

                public final class Nickname {
                    private Nickname() {
                    }

                    public static String of(User user) {
                        return user.nickname() == null ? user.email() : user.nickname();
                    }
                }
                """);
        maven.run("compile");
        assertTrue(Files.exists(project.resolve("target/classes/com/acme/shop/app/Nickname.class")));
    }

    /** Every generated source and compiled class, by path, with its modification time. */
    private Map<String, FileTime> modificationTimes() throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        for (String folder : new String[] {"target/generated-sources/annotations", "target/classes"}) {
            try (Stream<Path> files = Files.walk(project.resolve(folder))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    times.put(project.relativize(file).toString(), Files.getLastModifiedTime(file));
                }
            }
        }
        return times;
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "expected \"" + expected + "\" in:\n" + text);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
