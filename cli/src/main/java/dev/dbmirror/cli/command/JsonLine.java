package dev.dbmirror.cli.command;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;

/** The one-line JSON object a command prints for {@code --format json}, ended by a line break. */
final class JsonLine {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** Writes the fields of one object; the generator is open on that object. */
    interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonLine() {
    }

    static String of(Fields fields) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return text.append('\n').toString();
    }

    static void strings(JsonGenerator json, String name, Collection<String> values) throws IOException {
        json.writeFieldName(name);
        strings(json, values);
    }

    /** An array of strings as a value (of an array, or after a field name). */
    static void strings(JsonGenerator json, Collection<String> values) throws IOException {
        json.writeStartArray();
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
