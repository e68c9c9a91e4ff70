package dev.dbmirror.schema.context;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.ArrayList;
import java.util.List;

/** JSON values as text, for files laid out by hand: one small object a line. */
final class JsonText {

    private JsonText() {
    }

    /** A JSON string, or {@code null}. */
    static String string(String value) {
        if (value == null) {
            return "null";
        }
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + '"';
    }

    /** {@code ["a", "b"]}. */
    static String strings(List<String> values) {
        List<String> quoted = new ArrayList<>(values.size());
        values.forEach(v -> quoted.add(string(v)));
        return "[" + String.join(", ", quoted) + "]";
    }

    /** An object written on one line, its fields in the order they are added. */
    static final class Line {
        private final StringBuilder out = new StringBuilder("{");

        /** A field whose value is already JSON text. */
        Line raw(String key, String json) {
            if (out.length() > 1) {
                out.append(", ");
            }
            out.append('"').append(key).append("\": ").append(json);
            return this;
        }

        Line field(String key, String value) {
            return raw(key, string(value));
        }

        /** A string field, left out when {@code null}. */
        Line optional(String key, String value) {
            return value == null ? this : field(key, value);
        }

        Line field(String key, boolean value) {
            return raw(key, Boolean.toString(value));
        }

        Line field(String key, List<String> values) {
            return raw(key, strings(values));
        }

        @Override
        public String toString() {
            return out + "}";
        }
    }
}
