package dev.dbmirror.schema.docs;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text from the database written into GitHub-flavoured Markdown so that it shows as it is. */
final class Markdown {

    /**
     * Characters that start inline markup (or end a table cell) and are written with a backslash; an
     * {@code _} only where it could start or end emphasis, not inside a word ({@code order_lines}).
     */
    private static final String INLINE_SPECIAL = "\\`*[]<>|&$~";
    private static final String UNRESERVED = "-._~";
    private static final String HEX = "0123456789ABCDEF";
    /** A line that starts like an ordered list item: digits, then {@code .} or {@code )}. */
    private static final Pattern NUMBERED = Pattern.compile("(\\d+)[.)]");

    private Markdown() {
    }

    /** Plain text in a table cell or a line: markup characters escaped, line breaks as {@code <br>}. */
    static String text(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                out.append("<br>");
            } else if (c == '\n') {
                out.append("<br>");
            } else if (INLINE_SPECIAL.indexOf(c) >= 0 || c == '_' && !insideWord(text, i)) {
                out.append('\\').append(c);
            } else if (Character.isISOControl(c)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean insideWord(String text, int at) {
        return at > 0 && at + 1 < text.length() && Character.isLetterOrDigit(text.charAt(at - 1))
                && Character.isLetterOrDigit(text.charAt(at + 1));
    }

    /**
     * A paragraph: lines of escaped text joined by hard line breaks; a line that would start a heading,
     * list, quote or rule has its marker escaped.
     */
    static String paragraph(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("\\\n");
            }
            String line = text(lines[i].strip());
            Matcher numbered = NUMBERED.matcher(line);
            if (numbered.lookingAt()) {
                line = numbered.group(1) + "\\" + line.substring(numbered.group(1).length());
            } else if (!line.isEmpty() && "#-+=".indexOf(line.charAt(0)) >= 0) {
                line = "\\" + line;
            }
            out.append(line);
        }
        return out.toString();
    }

    /** A code span, in a table cell: {@code |} escaped, line breaks as spaces, enough backticks around. */
    static String code(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 2);
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
            if (c == '|') {
                escaped.append("\\|");
            } else if (c == '\n' || c == '\r') {
                if (!(c == '\n' && i > 0 && text.charAt(i - 1) == '\r')) {
                    escaped.append(' ');
                }
            } else {
                escaped.append(c);
            }
        }
        String flat = escaped.toString();
        String fence = "`".repeat(longest + 1);
        boolean pad = longest > 0 || flat.startsWith(" ") && flat.endsWith(" ") && !flat.isBlank();
        return pad ? fence + " " + flat + " " + fence : fence + flat + fence;
    }

    /** A link to a file of the same folder; the name percent-encoded as a URL path. */
    static String link(String label, String fileName) {
        return "[" + label + "](" + url(fileName) + ")";
    }

    static String url(String fileName) {
        StringBuilder out = new StringBuilder(fileName.length());
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || UNRESERVED.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
            }
        }
        return out.toString();
    }
}
