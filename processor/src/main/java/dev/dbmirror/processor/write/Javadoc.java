package dev.dbmirror.processor.write;

/**
 * Database comments → Javadoc text that cannot end the comment or inject code or tags:
 * {@code &}, {@code <}, {@code >} become HTML entities, {@code @} becomes {@code &#64;} (no block or
 * inline tags), a backslash becomes {@code &#92;} (so no {@code \}{@code u002a/} Unicode escape can form,
 * since javac decodes those before it lexes comments), a {@code /} after {@code *} becomes
 * {@code &#47;}, other characters outside printable ASCII become numeric entities, control
 * characters become spaces. Line breaks are kept; trailing blanks are dropped.
 */
final class Javadoc {

    private Javadoc() {
    }

    /** {@code comment} (may be null) and {@code description}, escaped, as Javadoc paragraphs. */
    static String paragraphs(String comment, String description) {
        String escaped = escape(description);
        return comment == null || comment.isBlank() ? escaped : escape(comment) + "\n\n<p>" + escaped;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        normalized.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(out.length() > 0 && out.charAt(out.length() - 1) == '*' ? "&#47;" : "/");
                case '\n' -> out.append('\n');
                default -> {
                    if (cp < 0x20 || cp == 0x7f) {
                        out.append(' ');
                    } else if (cp > 0x7f) {
                        out.append("&#x").append(Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)).append(';');
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString().replaceAll("[ \\t]+\\n", "\n").strip();
    }
}
