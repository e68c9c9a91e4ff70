package dev.dbmirror.schema.io;

import java.util.List;

/**
 * The small JSON printer behind the canonical format: 2-space indent, {@code "key": value},
 * objects one field per line, arrays of strings on one line, arrays of objects one per line,
 * {@code \n} line ends. Non-ASCII text is written as is (UTF-8), control characters escaped.
 */
final class CanonicalJson {

    /** A line break with the indentation of each depth (the format nests six deep at most). */
    private static final String[] NEWLINES = new String[8];

    static {
        String newline = "\n";
        for (int depth = 0; depth < NEWLINES.length; depth++) {
            NEWLINES[depth] = newline;
            newline += "  ";
        }
    }

    private final StringBuilder out;
    private int depth;
    private boolean firstInContainer = true;

    /** @param expectedLength roughly how long the text will be, so that it is not copied as it grows */
    CanonicalJson(int expectedLength) {
        out = new StringBuilder(expectedLength);
    }

    CanonicalJson beginObject() {
        out.append('{');
        depth++;
        firstInContainer = true;
        return this;
    }

    CanonicalJson endObject() {
        return close('}');
    }

    /** Starts an array of objects; each {@link #beginObject()} inside it goes on its own line. */
    CanonicalJson beginArray(String key) {
        name(key);
        out.append('[');
        depth++;
        firstInContainer = true;
        return this;
    }

    CanonicalJson endArray() {
        return close(']');
    }

    /** Opens an object as an array element. */
    CanonicalJson element() {
        separate();
        return beginObject();
    }

    /** Opens an object as the value of {@code key}. */
    CanonicalJson objectField(String key) {
        name(key);
        return beginObject();
    }

    CanonicalJson field(String key, String value) {
        name(key);
        string(value);
        return this;
    }

    CanonicalJson field(String key, boolean value) {
        name(key);
        out.append(value);
        return this;
    }

    CanonicalJson field(String key, Integer value) {
        name(key);
        out.append(value == null ? "null" : value.toString());
        return this;
    }

    CanonicalJson nullField(String key) {
        name(key);
        out.append("null");
        return this;
    }

    CanonicalJson field(String key, List<String> values) {
        name(key);
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            string(values.get(i));
        }
        out.append(']');
        return this;
    }

    String finish() {
        return out.append('\n').toString();
    }

    private CanonicalJson close(char bracket) {
        depth--;
        if (!firstInContainer) {
            newline();
        }
        out.append(bracket);
        firstInContainer = false;
        return this;
    }

    /** Keys are the format's own field names, which never need escaping. */
    private void name(String key) {
        separate();
        out.append('"').append(key).append("\": ");
    }

    private void separate() {
        if (!firstInContainer) {
            out.append(',');
        }
        newline();
        firstInContainer = false;
    }

    private void newline() {
        out.append(NEWLINES[depth]);
    }

    private void string(String value) {
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        if (isPlain(value)) {
            // most names and types: copied whole, which is much cheaper than character by character
            out.append(value).append('"');
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (needsEscape(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isPlain(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (needsEscape(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029';
    }
}
