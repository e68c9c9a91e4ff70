package dev.dbmirror.processor.write;

/**
 * String literals in plain ASCII, so generated sources read the same under any {@code -encoding}:
 * non-ASCII characters become {@code \}{@code uXXXX} escapes, control characters octal escapes.
 * A quote, backslash or line break is never written as a Unicode escape, which javac would decode
 * before lexing and so end the literal.
 */
final class JavaLiterals {

    private JavaLiterals() {
    }

    static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\%03o", (int) c));
                    } else if (c >= 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
