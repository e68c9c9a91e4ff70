package dev.dbmirror.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The insert shapes survive additive changes, proven by a real Maven build: the regeneration project
 * with user code ({@code src/it/insert-shapes}) that builds {@code NewUser} by {@code of(…).withX(…)}
 * and copies a {@code User} by {@code withX(…)}. A nullable column and a NOT NULL column with a default
 * are added to the mirror: the incremental {@code mvn compile} regenerates and compiles the unchanged
 * user code, and the unchanged code's inserts and updates through the generated JDBC adapter keep the new
 * columns' values on a real PostgreSQL. Then a NOT NULL column without a default: compilation fails at the
 * {@code of(…)} call.
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
        roundTripThroughTheAdapter(project);

        TestMirror.addColumn(project.resolve(MIRROR), "country", "text", false, null);
        String required = maven.fail("compile");
        assertContains(read(insertShape), "public static NewUser of(UUID id, String email, String country) {");
        // Maven prints the compiler's errors twice (as they come, and in the failure summary).
        assertEquals(List.of("[ERROR] " + project.resolve(USER_CODE) + ":[14,23] method of in record"
                        + " com.acme.shop.domain.NewUser cannot be applied to given types;"),
                required.lines().filter(line -> line.startsWith("[ERROR] /")).distinct().toList(),
                "one compile error, at the of(...) call");
    }

    /**
     * Runs the unchanged {@code SignupStore} on the table as the changed mirror has it: its insert leaves the new
     * columns to the database (NULL, the default), and its update of a row read back keeps the nickname that
     * the database holds.
     */
    private static void roundTripThroughTheAdapter(Path project) throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             URLClassLoader classes = new URLClassLoader(new URL[] {project.resolve("target/classes").toUri().toURL()},
                     InsertShapesIT.class.getClassLoader())) {
            DataSource dataSource = postgres.getPostgresDatabase();
            sql(dataSource, "CREATE TABLE users (id uuid PRIMARY KEY, email text NOT NULL, display_name text,"
                    + " nickname text, signed_up_at timestamp with time zone NOT NULL DEFAULT now())");
            Consumer<DataSource> store = signupStore(classes);
            store.accept(dataSource);
            assertEquals("ada@example.com|Ada|null|true", ada(dataSource), "inserted; the database supplied signed_up_at");
            sql(dataSource, "UPDATE users SET nickname = 'countess'");
            store.accept(dataSource);
            assertEquals("ada@lovelace.org|Ada|countess|true", ada(dataSource), "updated; the new column kept its value");
        } catch (SQLException | ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Consumer<DataSource> signupStore(ClassLoader classes) throws ReflectiveOperationException {
        return (Consumer<DataSource>) classes.loadClass("com.acme.shop.app.SignupStore").getConstructor().newInstance();
    }

    private static void sql(DataSource dataSource, String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement run = connection.createStatement()) {
            run.execute(statement);
        }
    }

    private static String ada(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT email, display_name, nickname, signed_up_at IS NOT NULL FROM users")) {
            assertTrue(row.next(), "Ada's row");
            return row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3) + "|" + row.getBoolean(4);
        }
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "expected \"" + expected + "\" in:\n" + text);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
