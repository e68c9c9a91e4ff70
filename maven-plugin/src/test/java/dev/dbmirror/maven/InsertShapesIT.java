package dev.dbmirror.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The insert shapes survive additive changes, proven by a real Maven build: the regeneration project
 * with user code ({@code src/it/insert-shapes}) that builds {@code NewUser} by {@code of(…).withX(…)}
 * and copies a {@code User} by {@code withX(…)}. A nullable column and a NOT NULL column with a default
 * are added to the mirror: the incremental {@code mvn compile} regenerates and compiles the unchanged
 * user code. Then a NOT NULL column without a default: compilation fails at the {@code of(…)} call.
 */
class InsertShapesIT {

    private static final String MIRROR = "db/schema/tables.json";
    private static final String USER_CODE = "src/main/java/com/acme/shop/app/Signup.java";

    @Test
    void additiveChangesNeedNoChangeOfUserCodeAndARequiredColumnBreaksTheOfCall()
            throws IOException, InterruptedException {
        Path project = ItProjects.copy("regeneration", "insert-shapes");
        InnerMaven maven = new InnerMaven(project, project.getParent());
        Path insertShape = project.resolve("target/generated-sources/annotations/com/acme/shop/domain/NewUser.java");
        String userCode = read(project.resolve(USER_CODE));

        maven.run("compile");
        assertContains(read(insertShape), "public static NewUser of(UUID id, String email) {");

        TestMirror.addColumn(project.resolve(MIRROR), "nickname", "text", true, null);
        TestMirror.addColumn(project.resolve(MIRROR), "signed_up_at", "timestamp with time zone", false, "now()");
        String additive = maven.run("compile");
        assertContains(additive, "regenerating com.acme.shop.domain");
        assertContains(read(insertShape), "public record NewUser(UUID id, String email, @Nullable String displayName,\n"
                + "        @Nullable String nickname, @Nullable OffsetDateTime signedUpAt) {");
        assertContains(read(insertShape), "public static NewUser of(UUID id, String email) {");
        assertTrue(Files.exists(project.resolve("target/classes/com/acme/shop/app/Signup.class")));
        assertEquals(userCode, read(project.resolve(USER_CODE)), "the user code is not touched");

        TestMirror.addColumn(project.resolve(MIRROR), "country", "text", false, null);
        String required = maven.fail("compile");
        assertContains(read(insertShape), "public static NewUser of(UUID id, String email, String country) {");
        // Maven prints the compiler's errors twice (as they come, and in the failure summary).
        assertEquals(List.of("[ERROR] " + project.resolve(USER_CODE) + ":[14,23] method of in record"
                        + " com.acme.shop.domain.NewUser cannot be applied to given types;"),
                required.lines().filter(line -> line.startsWith("[ERROR] /")).distinct().toList(),
                "one compile error, at the of(...) call");
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "expected \"" + expected + "\" in:\n" + text);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
