package dev.dbmirror.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hexagonal layout as a real Maven reactor ({@code src/it/two-modules}): a domain module with the mirror and
 * {@code @DbMirror}, a persistence module with {@code @JdbcAdapters} and no copy of the mirror. The persistence
 * module's processor finds the mirror in the domain module's output and generates the adapters, which compile
 * against the domain's ports and the user's own code: with {@code compile}, the domain's class output is on the
 * persistence module's class path; with {@code package} (and every later phase), the domain's jar.
 */
class TwoModuleAdaptersIT {

    @Test
    void persistenceModuleGetsAdaptersFromTheDomainModulesClassOutput() throws IOException, InterruptedException {
        assertAdaptersBuiltBy("compile");
    }

    @Test
    void persistenceModuleGetsAdaptersFromTheDomainModulesJar() throws IOException, InterruptedException {
        Path project = assertAdaptersBuiltBy("package");
        try (JarFile jar = new JarFile(project.resolve("domain/target/shop-domain-1.0.jar").toFile())) {
            assertTrue(jar.getEntry("com/acme/shop/domain/dbmirror-tables.json") != null, "the domain's jar carries its mirror");
        }
    }

    /**
     * maven-plugin.md's way to run a goal of the module that holds the mirror from the reactor's root: its {@code -pl}
     * must find the domain module, whose folder ({@code domain}) is not its artifactId ({@code shop-domain}). With no
     * database given the goal then fails with its own line, which shows that it ran there.
     */
    @Test
    void theDocumentedModuleSelectionRunsTheGoalInTheDomainModule() throws IOException, InterruptedException {
        Matcher documented = Pattern.compile("`mvn dbmirror:pull (-pl \\S+)`").matcher(Files.readString(Path.of("../docs/maven-plugin.md")));
        assertTrue(documented.find(), "maven-plugin.md names a module with -pl");
        Path project = ItProjects.copy("two-modules");

        String output = new InnerMaven(project, project.getParent()).fail(
                ("dbmirror:verify " + documented.group(1)).split(" "));

        assertTrue(output.contains("on project shop-domain: dbmirror: error: no database given"), output);
    }

    private static Path assertAdaptersBuiltBy(String phase) throws IOException, InterruptedException {
        Path project = ItProjects.copy("two-modules");

        new InnerMaven(project, project.getParent()).run(phase);

        Path exported = project.resolve("domain/target/classes/com/acme/shop/domain/dbmirror-tables.json");
        assertArrayEquals(Files.readAllBytes(project.resolve("domain/db/schema/tables.json")), Files.readAllBytes(exported),
                "the domain's class output carries its mirror");
        assertEquals(List.of(), files(project.resolve("persistence"), "tables.json"), "no mirror in the persistence module");
        Path generated = project.resolve("persistence/target/generated-sources/annotations/com/acme/shop/persistence");
        assertEquals(List.of("JdbcCustomerRepository.java", "JdbcOrderItemRepository.java", "JdbcOrderRepository.java",
                "JdbcOrderTotalRepository.java", "JdbcProductRepository.java", "JdbcSupport.java",
                "JdbcTransactions.java"), files(generated, ".java"));
        assertTrue(Files.exists(project.resolve("persistence/target/classes/com/acme/shop/persistence/ShopWiring.class")));
        return project;
    }

    private static List<String> files(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(suffix)).sorted().toList();
        }
    }
}
