package dev.dbmirror.schema.docs;

import dev.dbmirror.schema.model.Table;
import java.util.HexFormat;

/**
 * The file names of a relation's pages: {@code <schema>.<name>.md} and {@code .sql}. A character that
 * cannot stand in a file name on some system ({@code / \ : * ? " < > |}, control characters), the
 * {@code %} that starts an escape, and a {@code .} inside a part (which would make {@code a.b} +
 * {@code c} and {@code a} + {@code b.c} the same file) are written as {@code %XX}, the hex of their
 * UTF-8 bytes, so that every name gives its own file and the name can be read back.
 */
final class PageNames {

    static final String PAGE = ".md";
    static final String SCRIPT = ".sql";
    private static final String ESCAPED = "/\\:*?\"<>|%.";

    private PageNames() {
    }

    /** {@code schema.name} with each part made safe; without extension. */
    static String stem(Table table) {
        return part(table.schema()) + "." + part(table.name());
    }

    static String page(Table table) {
        return stem(table) + PAGE;
    }

    static String script(Table table) {
        return stem(table) + SCRIPT;
    }

    /** The {@code schema.name} a stem was made from, or {@code null} if it is not a stem. */
    static String qualifiedName(String stem) {
        int dot = stem.indexOf('.');
        if (dot < 0 || stem.indexOf('.', dot + 1) >= 0) {
            return null;
        }
        String schema = decode(stem.substring(0, dot));
        String name = decode(stem.substring(dot + 1));
        return schema == null || name == null ? null : schema + "." + name;
    }

    private static String part(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f || ESCAPED.indexOf(c) >= 0) {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String decode(String part) {
        StringBuilder out = new StringBuilder(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i + 3 > part.length()) {
                return null;
            }
            try {
                out.append((char) HexFormat.fromHexDigits(part, i + 1, i + 3));
            } catch (IllegalArgumentException e) {
                return null;
            }
            i += 2;
        }
        return out.toString();
    }
}
