package dev.dbmirror.schema.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Typed access to the fields of one JSON object, recording a {@link MirrorProblem} for every
 * missing or mistyped field instead of stopping at the first, so one read reports them all.
 */
final class JsonFields {

    private final JsonNode.ObjectNode object;
    private final String path;
    private final List<MirrorProblem> problems;

    JsonFields(JsonNode.ObjectNode object, String path, List<MirrorProblem> problems) {
        this.object = object;
        this.path = path;
        this.problems = problems;
    }

    /** The value at {@code node} as an object, or empty after recording why not. */
    static Optional<JsonFields> asObject(JsonNode node, String path, List<MirrorProblem> problems) {
        if (node instanceof JsonNode.ObjectNode object) {
            return Optional.of(new JsonFields(object, path, problems));
        }
        problems.add(problemAt(node, path, Expected.OBJECT.wrongType(node)));
        return Optional.empty();
    }

    String path() {
        return path;
    }

    String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** A required string; {@code null} after recording the problem. */
    String requiredString(String name) {
        JsonNode node = object.fields().get(name);
        if (node == null || node instanceof JsonNode.NullNode) {
            missing(name, Expected.STRING);
            return null;
        }
        return string(node, pathOf(name));
    }

    /** An optional string: absent or {@code null} give {@code null}. */
    String optionalString(String name) {
        JsonNode node = object.fields().get(name);
        return node == null || node instanceof JsonNode.NullNode ? null : string(node, pathOf(name));
    }

    /** A required boolean; {@code false} after recording the problem. */
    boolean requiredBoolean(String name) {
        JsonNode node = object.fields().get(name);
        if (node instanceof JsonNode.BooleanNode bool) {
            return bool.value();
        }
        if (node == null || node instanceof JsonNode.NullNode) {
            missing(name, Expected.BOOLEAN);
        } else {
            wrongType(node, pathOf(name), Expected.BOOLEAN);
        }
        return false;
    }

    /** An optional whole number; {@code null} when absent, {@code null}, or not a whole number (recorded). */
    Integer optionalInteger(String name) {
        JsonNode node = object.fields().get(name);
        if (node == null || node instanceof JsonNode.NullNode) {
            return null;
        }
        return integer(node, pathOf(name));
    }

    /** A required whole number; {@code null} after recording the problem. */
    Integer requiredInteger(String name) {
        JsonNode node = object.fields().get(name);
        if (node == null || node instanceof JsonNode.NullNode) {
            missing(name, Expected.WHOLE_NUMBER);
            return null;
        }
        return integer(node, pathOf(name));
    }

    /** A required list of strings; empty after recording the problem. */
    List<String> requiredStrings(String name) {
        return requiredList(name, (item, itemPath) -> Optional.ofNullable(string(item, itemPath)));
    }

    /** An optional list of strings: absent or {@code null} give an empty list. */
    List<String> optionalStrings(String name) {
        return optionalList(name, (item, itemPath) -> Optional.ofNullable(string(item, itemPath)));
    }

    /** A required array, each item converted by {@code item}; items that fail are left out (and recorded). */
    <T> List<T> requiredList(String name, BiFunction<JsonNode, String, Optional<T>> item) {
        JsonNode node = object.fields().get(name);
        if (node == null || node instanceof JsonNode.NullNode) {
            missing(name, Expected.ARRAY);
            return List.of();
        }
        return list(node, pathOf(name), item);
    }

    /** An optional array: absent or {@code null} give an empty list. */
    <T> List<T> optionalList(String name, BiFunction<JsonNode, String, Optional<T>> item) {
        JsonNode node = object.fields().get(name);
        return node == null || node instanceof JsonNode.NullNode ? List.of() : list(node, pathOf(name), item);
    }

    /** An optional nested object, converted by {@code read}; {@code null} when absent or {@code null}. */
    <T> T optionalObject(String name, Function<JsonFields, T> read) {
        JsonNode node = object.fields().get(name);
        if (node == null || node instanceof JsonNode.NullNode) {
            return null;
        }
        return asObject(node, pathOf(name), problems).map(read).orElse(null);
    }

    /** A required nested object, converted by {@code read}; {@code null} after recording the problem. */
    <T> T requiredObject(String name, Function<JsonFields, T> read) {
        JsonNode node = object.fields().get(name);
        if (node == null || node instanceof JsonNode.NullNode) {
            missing(name, Expected.OBJECT);
            return null;
        }
        return asObject(node, pathOf(name), problems).map(read).orElse(null);
    }

    /** Records a problem about the value of field {@code name}. */
    void problem(String name, String message) {
        JsonNode node = object.fields().get(name);
        problems.add(problemAt(node == null ? object : node, pathOf(name), message));
    }

    private <T> List<T> list(JsonNode node, String listPath, BiFunction<JsonNode, String, Optional<T>> item) {
        if (!(node instanceof JsonNode.ArrayNode array)) {
            wrongType(node, listPath, Expected.ARRAY);
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
            item.apply(array.items().get(i), listPath + "[" + i + "]").ifPresent(out::add);
        }
        return out;
    }

    private String string(JsonNode node, String valuePath) {
        if (node instanceof JsonNode.StringNode text) {
            return text.value();
        }
        wrongType(node, valuePath, Expected.STRING);
        return null;
    }

    private Integer integer(JsonNode node, String valuePath) {
        if (node instanceof JsonNode.NumberNode number && number.integral()) {
            try {
                return Integer.valueOf(number.text());
            } catch (NumberFormatException tooLarge) {
                problems.add(problemAt(node, valuePath, "the number " + number.text()
                        + " is out of range; use a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE));
                return null;
            }
        }
        wrongType(node, valuePath, Expected.WHOLE_NUMBER);
        return null;
    }

    private void missing(String name, Expected expected) {
        problems.add(new MirrorProblem(pathOf(name), object.line(), object.column(),
                "missing required field \"" + name + "\"; add \"" + name + "\": " + expected.example));
    }

    private void wrongType(JsonNode node, String valuePath, Expected expected) {
        problems.add(problemAt(node, valuePath, expected.wrongType(node)));
    }

    /** The JSON types a field can require: how messages name each, how to write one, and an example value. */
    private enum Expected {
        STRING("a string", "write the value in double quotes", "\"...\""),
        BOOLEAN("a boolean", "write true or false", "true or false"),
        WHOLE_NUMBER("a whole number", "write digits only, e.g. 1", "1"),
        ARRAY("an array", "write a list in square brackets, [ ... ]", "[ ... ]"),
        OBJECT("an object", "write an object in braces, { ... }", "{ ... }");

        private final String name;
        private final String fix;
        private final String example;

        Expected(String name, String fix, String example) {
            this.name = name;
            this.fix = fix;
            this.example = example;
        }

        String wrongType(JsonNode found) {
            return "expected " + name + ", found " + found.describe() + "; " + fix;
        }
    }

    static MirrorProblem problemAt(JsonNode node, String path, String message) {
        return new MirrorProblem(path, node.line(), node.column(), message);
    }
}
