package dev.dbmirror.cli.project;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.dbmirror.cli.CliException;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small JSON file of {@code db/config}, read into values that know where they stand, so that a
 * problem is reported as {@code file:line:column: path: what is wrong; the fix}.
 */
final class ConfigJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** A value of the file: an object (fields in file order), an array, a string, or another scalar as its text. */
    record Value(Object content, String path, int line, int column) {

        @SuppressWarnings("unchecked")
        Map<String, Value> fields() {
            return (Map<String, Value>) content;
        }

        @SuppressWarnings("unchecked")
        List<Value> items() {
            return (List<Value>) content;
        }

        boolean isObject() {
            return content instanceof Map;
        }

        boolean isArray() {
            return content instanceof List;
        }

        boolean isString() {
            return content instanceof Text;
        }

        String text() {
            return ((Text) content).value();
        }

        Optional<Value> field(String name) {
            return Optional.ofNullable(fields().get(name));
        }
    }

    /** A JSON string, apart from the text of other scalars. */
    private record Text(String value) {
    }

    private final Path file;

    private ConfigJson(Path file) {
        this.file = file;
    }

    /** Reads {@code file}, which must hold one JSON object. */
    static Value read(Path file) {
        ConfigJson reader = new ConfigJson(file);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new CliException(file + ": the file is not valid UTF-8; save it as UTF-8");
        } catch (IOException e) {
            throw new CliException("cannot read " + file + ": " + e.getMessage());
        }
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new CliException(file + ": the file is empty; write a JSON object, or delete the file and run `dbmirror init`");
            }
            Value root = reader.value(parser, "");
            if (parser.nextToken() != null) {
                throw reader.problem(location(parser), "", "more after the end of the JSON object; remove it");
            }
            if (!root.isObject()) {
                throw reader.problem(root, "the file must hold one JSON object");
            }
            return root;
        } catch (JsonParseException e) {
            throw reader.problem(e.getLocation(), "", "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new CliException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private Value value(JsonParser parser, String path) throws IOException {
        JsonLocation at = location(parser);
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Value> fields = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonLocation nameAt = location(parser);
                parser.nextToken();
                Value field = value(parser, path.isEmpty() ? name : path + "." + name);
                if (fields.putIfAbsent(name, field) != null) {
                    throw problem(nameAt, path, "\"" + name + "\" given twice; keep one");
                }
            }
            return new Value(fields, path, at.getLineNr(), at.getColumnNr());
        }
        if (token == JsonToken.START_ARRAY) {
            List<Value> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(value(parser, path + "[" + items.size() + "]"));
            }
            return new Value(items, path, at.getLineNr(), at.getColumnNr());
        }
        Object content = token == JsonToken.VALUE_STRING ? new Text(parser.getText()) : parser.getText();
        return new Value(content, path, at.getLineNr(), at.getColumnNr());
    }

    private static JsonLocation location(JsonParser parser) {
        return parser.currentTokenLocation();
    }

    private CliException problem(JsonLocation at, String path, String message) {
        return new CliException(file + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": "
                + (path.isEmpty() ? "" : path + ": ") + message);
    }

    /** A problem at a value: {@code file:line:column: path: message}. */
    static CliException problem(Path file, Value at, String message) {
        return new CliException(file + ":" + at.line() + ":" + at.column() + ": "
                + (at.path().isEmpty() ? "" : at.path() + ": ") + message);
    }

    private CliException problem(Value at, String message) {
        return problem(file, at, message);
    }
}
