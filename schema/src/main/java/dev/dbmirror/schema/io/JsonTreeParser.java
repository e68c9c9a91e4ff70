package dev.dbmirror.schema.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses JSON text into {@link JsonNode}s with positions, reporting syntax errors as {@link MirrorProblem}s. */
final class JsonTreeParser {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** Thrown inside the parser for the first syntax error; syntax errors end parsing. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        final transient MirrorProblem problem;

        SyntaxError(MirrorProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    private JsonTreeParser() {
    }

    static JsonNode parse(String text) throws SyntaxError {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new SyntaxError(new MirrorProblem("", 1, 1,
                        "the file is empty; write a mirror with `dbmirror pull` or `dbmirror add-table`"));
            }
            JsonNode root = readValue(parser, Where.ROOT);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new SyntaxError(new MirrorProblem("", at.getLineNr(), at.getColumnNr(),
                        "unexpected content after the end of the JSON document; a mirror is exactly one object"));
            }
            return root;
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            String reason = e.getOriginalMessage().replaceAll("\\s*\\n.*", "")
                    .replaceAll("\\(start marker at \\[.*line: (\\d+), column: (\\d+)\\]\\)", "(opened at line $1, column $2)");
            throw new SyntaxError(new MirrorProblem("", at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "malformed JSON: " + firstLower(reason) + "; fix the syntax or pull the mirror again"));
        } catch (IOException e) {
            throw new SyntaxError(MirrorProblem.at("", "cannot read JSON: " + e.getMessage()));
        }
    }

    private static JsonNode readValue(JsonParser parser, Where where) throws IOException, SyntaxError {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, JsonNode> fields = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonLocation keyAt = parser.currentTokenLocation();
                    parser.nextToken();
                    Where child = where.field(name);
                    JsonNode value = readValue(parser, child);
                    if (fields.putIfAbsent(name, value) != null) {
                        throw new SyntaxError(new MirrorProblem(child.toString(), keyAt.getLineNr(), keyAt.getColumnNr(),
                                "duplicate key \"" + name + "\"; keep only one"));
                    }
                }
                return new JsonNode.ObjectNode(fields, line, column);
            }
            case START_ARRAY: {
                List<JsonNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, where.element(items.size())));
                }
                return new JsonNode.ArrayNode(items, line, column);
            }
            case VALUE_STRING:
                return new JsonNode.StringNode(parser.getText(), line, column);
            case VALUE_NUMBER_INT:
                return new JsonNode.NumberNode(parser.getText(), true, line, column);
            case VALUE_NUMBER_FLOAT:
                return new JsonNode.NumberNode(parser.getText(), false, line, column);
            case VALUE_TRUE:
                return new JsonNode.BooleanNode(true, line, column);
            case VALUE_FALSE:
                return new JsonNode.BooleanNode(false, line, column);
            case VALUE_NULL:
                return new JsonNode.NullNode(line, column);
            default:
                throw new SyntaxError(new MirrorProblem(where.toString(), line, column, "unexpected JSON token " + token));
        }
    }

    /** The JSON path of a value, made into text only for an error: most values never need it. */
    private record Where(Where parent, String field, int index) {

        static final Where ROOT = new Where(null, null, -1);

        Where field(String name) {
            return new Where(this, name, -1);
        }

        Where element(int i) {
            return new Where(this, null, i);
        }

        @Override
        public String toString() {
            if (parent == null) {
                return "";
            }
            String before = parent.toString();
            if (field == null) {
                return before + "[" + index + "]";
            }
            return before.isEmpty() ? field : before + "." + field;
        }
    }

    private static String firstLower(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
