package dev.dbmirror.schema.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.dbmirror.schema.Fixtures;
import dev.dbmirror.schema.SyntheticMirror;
import dev.dbmirror.schema.io.MirrorWriter;
import dev.dbmirror.schema.model.Mirror;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The context file: golden for the rich mirror ({@code -Ddbmirror.updateGolden=true} rewrites it),
 * valid against the published JSON Schema, the same for a mirror in any key order, and its registry.
 */
class SchemaContextTest {

    private static final Path GOLDEN = Path.of("src/test/resources/docs/rich/context-schema.json");
    private static final Path SCHEMA = Path.of("..", "docs", "context-schema.schema.json");

    @TempDir
    Path dir;

    @Test
    void theRichMirrorsContextIsTheGoldenFile() throws Exception {
        String rendered = ContextFile.render(Fixtures.mirror("docs/rich/tables.json"));
        if (Boolean.getBoolean("dbmirror.updateGolden")) {
            Files.writeString(GOLDEN, rendered);
        }
        assertEquals(Files.readString(GOLDEN), rendered);
    }

    @ParameterizedTest
    @ValueSource(strings = {"docs/rich/tables.json", "docs/names/tables.json", "mirrors/generic.json", "mirrors/shop.json"})
    void theContextFileMatchesItsPublishedSchema(String resource) throws Exception {
        assertEquals(List.of(), validate(ContextFile.render(Fixtures.mirror(resource))));
    }

    @Test
    void theSchemaRejectsWhatTheFileNeverHolds() throws Exception {
        String rendered = ContextFile.render(SyntheticMirror.of(3));
        String broken = rendered.replaceFirst("\"cardinality\": \"many-to-one\"", "\"cardinality\": \"many\"")
                .replaceFirst("\"format\": 1", "\"format\": 2");
        assertEquals(Set.of("$.format", "$.tables[1].relationships[0].cardinality"),
                Set.copyOf(validate(broken).stream().map(m -> m.getInstanceLocation().toString()).toList()));
    }

    @Test
    void theChecksumIsTheCanonicalMirrorsSoKeyOrderDoesNotMatter() throws Exception {
        Mirror shuffled = Fixtures.mirror("mirrors/shop.shuffled.json");
        Mirror canonical = Fixtures.mirror("mirrors/shop.json");
        assertEquals(ContextFile.render(canonical), ContextFile.render(shuffled));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(MirrorWriter.write(canonical).getBytes(StandardCharsets.UTF_8)));
        assertTrue(ContextFile.render(canonical).contains("\"mirror\": {\"sha256\": \"" + sha + "\"}"));
    }

    @Test
    void theRegistryListsEveryFileButItselfAndHiddenOnes() throws Exception {
        Mirror mirror = SyntheticMirror.of(2);
        Files.createDirectories(dir.resolve("api"));
        Files.writeString(dir.resolve("api/notes.md"), "notes\n");
        Files.writeString(dir.resolve(".editor.swp"), "x");
        SchemaContext.Plan plan = SchemaContext.plan(mirror, dir);
        plan.write();

        String schemaSha = Checksums.sha256(Files.readAllBytes(dir.resolve("db/schema.json")));
        assertEquals("""
                {
                  "format": 1,
                  "about": "Each context file of this folder with its SHA-256, written by `dbmirror context`; `dbmirror context --check` tells a current file from a stale or edited one.",
                  "files": [
                    {"path": "api/notes.md", "sha256": "%s"},
                    {"path": "db/schema.json", "sha256": "%s"}
                  ]
                }
                """.formatted(Checksums.sha256("notes\n".getBytes(StandardCharsets.UTF_8)), schemaSha),
                Files.readString(dir.resolve("registry.json")));
        assertEquals(List.of(), SchemaContext.plan(mirror, dir).staleness());
    }

    private static List<ValidationMessage> validate(String json) throws Exception {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        return List.copyOf(schema.validate(new ObjectMapper().readTree(json)));
    }
}
