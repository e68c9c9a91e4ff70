package dev.dbmirror.schema.io;

import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value that remembers where it started in the file, so that every error about a
 * mirror can point at a line and column. Jackson's own tree model forgets positions.
 */
sealed interface JsonNode {

    int line();

    int column();

    /** How the value is called in messages: {@code an array}, {@code the string "yes"}, {@code true}, … */
    String describe();

    /** Longest string value quoted in full by {@link #describe()}. */
    int QUOTED_LENGTH = 40;

    record ObjectNode(Map<String, JsonNode> fields, int line, int column) implements JsonNode {
        @Override
        public String describe() {
            return "an object";
        }
    }

    record ArrayNode(List<JsonNode> items, int line, int column) implements JsonNode {
        @Override
        public String describe() {
            return "an array";
        }
    }

    record StringNode(String value, int line, int column) implements JsonNode {
        @Override
        public String describe() {
            String shown = value.length() <= QUOTED_LENGTH ? value : value.substring(0, QUOTED_LENGTH) + "...";
            return "the string \"" + shown.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        }
    }

    /** Numbers keep their text: the mirror only has small integers, and a fraction is an error to report. */
    record NumberNode(String text, boolean integral, int line, int column) implements JsonNode {
        @Override
        public String describe() {
            return "the number " + text;
        }
    }

    record BooleanNode(boolean value, int line, int column) implements JsonNode {
        @Override
        public String describe() {
            return Boolean.toString(value);
        }
    }

    record NullNode(int line, int column) implements JsonNode {
        @Override
        public String describe() {
            return "null";
        }
    }
}
