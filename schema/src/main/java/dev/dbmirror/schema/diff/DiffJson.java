package dev.dbmirror.schema.diff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** The machine rendering of a {@link MirrorDiff}: 2-space indent, {@code \n} line ends, fixed key order, final newline. */
final class DiffJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private DiffJson() {
    }

    static String render(MirrorDiff diff) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.setPrettyPrinter(printer());
            json.writeStartObject();
            json.writeArrayFieldStart("changes");
            for (Change c : diff.changes()) {
                change(json, c);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("tables");
            names(json, "added", diff.addedTables());
            names(json, "removed", diff.removedTables());
            names(json, "changed", diff.changedTables());
            names(json, "unchanged", diff.unchangedTables());
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return text.append('\n').toString();
    }

    private static void change(JsonGenerator json, Change c) throws IOException {
        json.writeStartObject();
        json.writeStringField("change", c.kind().json());
        json.writeStringField("object", c.object().label());
        json.writeStringField("subject", c.subject());
        json.writeStringField("table", c.table());
        json.writeStringField("aspect", c.aspect());
        json.writeStringField("before", c.before());
        json.writeStringField("after", c.after());
        json.writeEndObject();
    }

    private static void names(JsonGenerator json, String field, List<String> names) throws IOException {
        json.writeArrayFieldStart(field);
        for (String name : names) {
            json.writeString(name);
        }
        json.writeEndArray();
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
