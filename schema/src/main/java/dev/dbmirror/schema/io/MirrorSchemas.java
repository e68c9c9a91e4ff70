package dev.dbmirror.schema.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code source.schemas} of an existing mirror, read with a streaming parser that stops there:
 * a pull needs only this from the old file, and a large mirror need not be parsed whole for it.
 */
final class MirrorSchemas {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private MirrorSchemas() {
    }

    /** The schemas, or an empty list when the file is missing, unreadable or has none. */
    static List<String> of(Path file) {
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return List.of();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("source")) {
                    return schemasOfSource(parser);
                }
                parser.skipChildren();
            }
        } catch (IOException e) {
            return List.of();
        }
        return List.of();
    }

    private static List<String> schemasOfSource(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return List.of();
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("schemas") && value == JsonToken.START_ARRAY) {
                List<String> schemas = new ArrayList<>();
                while (parser.nextToken() == JsonToken.VALUE_STRING) {
                    schemas.add(parser.getText());
                }
                return schemas;
            }
            parser.skipChildren();
        }
        return List.of();
    }
}
