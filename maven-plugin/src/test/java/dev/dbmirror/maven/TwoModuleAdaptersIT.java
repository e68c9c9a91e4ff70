package dev.dbmirror.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hexagonal layout as a real Maven reactor ({@code src/it/two-modules}): a domain module with the mirror and
 * {@code @DbMirror}, a persistence module with {@code @JdbcAdapters} and no copy of the mirror. The persistence
 * module's processor finds the mirror in the domain module's output and generates the adapters, which compile
 * against the domain's ports and the user's own code.
 */
class TwoModuleAdaptersIT {

    @Test
    void persistenceModuleGetsAdaptersFromTheDomainModulesMirror() throws IOException, InterruptedException {
        Path project = ItProjects.copy("two-modules");

        new InnerMaven(project, project.getParent()).run("compile");

        Path exported = project.resolve("domain/target/classes/META-INF/dbmirror/com.acme.shop.domain/tables.json");
        assertArrayEquals(Files.readAllBytes(project.resolve("domain/db/schema/tables.json")), Files.readAllBytes(exported),
                "the domain's class output carries its mirror");
        assertEquals(List.of(), files(project.resolve("persistence"), "tables.json"), "no mirror in the persistence module");
        Path generated = project.resolve("persistence/target/generated-sources/annotations/com/acme/shop/persistence");
        assertEquals(List.of("JdbcCustomerRepository.java", "JdbcOrderItemRepository.java", "JdbcOrderRepository.java",
                "JdbcOrderTotalRepository.java", "JdbcProductRepository.java", "JdbcSupport.java",
                "JdbcTransactions.java"), files(generated, ".java"));
        assertTrue(Files.exists(project.resolve("persistence/target/classes/com/acme/shop/persistence/ShopWiring.class")));
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
