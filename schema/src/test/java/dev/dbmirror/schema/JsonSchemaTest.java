package dev.dbmirror.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The published JSON Schema (docs/tables-json.schema.json) accepts what dbmirror writes and rejects what it cannot read. */
class JsonSchemaTest {

    private static final Path SCHEMA = Path.of("..", "docs", "tables-json.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mirrors/shop.json", "mirrors/generic.json", "mirrors/shop.shuffled.json",
            "diff/before.json", "diff/after.json"})
    void theExampleMirrorsValidate(String resource) throws Exception {
        assertEquals(List.of(), messages(Fixtures.text(resource)));
    }

    @Test
    void aNewerFormatAWrongKindAndAMissingTypeAreRejected() throws Exception {
        String json = """
                {"format": 2, "source": {"dialect": "generic"},
                 "tables": [{"schema": "s", "name": "t", "kind": "relation",
                             "columns": [{"name": "id", "nullable": false}]}]}
                """;
        assertEquals(List.of("$.format", "$.tables[0].columns[0]", "$.tables[0].kind"),
                messages(json).stream().map(m -> m.getInstanceLocation().toString()).sorted().toList());
    }

    private static List<ValidationMessage> messages(String json) throws Exception {
        JsonNode document = JSON.readTree(json);
        return List.copyOf(schema.validate(document));
    }
}
