package dev.dbmirror.schema.docs;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How names and labels are written so that Mermaid's ER parser reads them back as they are meant.
 * Mermaid's grammar takes only some characters in each place; what it cannot take is replaced, the
 * same way every time (docs/cli.md lists the replacements):
 * <ul>
 * <li>in quoted text (entity labels, relationship labels, attribute comments): {@code "} {@code %}
 * {@code \} {@code ~} {@code #} become their full-width forms, control characters a space, and a
 * zero-width space goes between "direction" and TB/BT/LR/RL, which Mermaid would otherwise take for
 * a layout statement anywhere on the line;</li>
 * <li>attribute names and types: characters outside letters, digits, {@code _} (and {@code - ( ) [ ]}
 * in types) become {@code _}.</li>
 * </ul>
 */
final class MermaidText {

    /** Words Mermaid's ER lexer reads as keywords where an entity name may stand. */
    private static final Set<String> ENTITY_KEYWORDS = Set.of("one", "many", "only", "zero", "to", "optionally", "u",
            "style", "class", "classdef", "erdiagram", "direction", "title", "acctitle", "accdescr", "end");
    private static final Pattern DIRECTION = Pattern.compile("(?i)(direction)(\\s+(?:tb|bt|lr|rl))");
    private static final Pattern ATTRIBUTE_KEY = Pattern.compile("(?i)(pk|fk|uk)([^A-Za-z0-9_].*)?");
    private static final char ZERO_WIDTH_SPACE = '\u200b';
    private static final Pattern TIME_ZONE = Pattern.compile("(timestamp|time)(\\(\\d+\\))?( with| without) time zone");
    private static final Pattern CHARACTER = Pattern.compile("character(?![a-z_ ])");

    private MermaidText() {
    }

    /** Text for a place in quotes; never empty. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"', '%', '\\', '~', '#' -> out.append((char) (c - 0x21 + 0xFF01)); // the full-width form
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        Matcher direction = DIRECTION.matcher(out);
        String safe = direction.find() ? direction.replaceAll("$1" + ZERO_WIDTH_SPACE + "$2") : out.toString();
        return safe.isEmpty() ? " " : safe;
    }

    /** An entity id made of ASCII letters, digits and {@code _}, starting with a letter, not a keyword. */
    static String entityId(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(c < 0x80 && (Character.isLetterOrDigit(c) || c == '_') ? c : '_');
        }
        String id = out.toString();
        if (id.isEmpty() || !Character.isLetter(id.charAt(0)) || ENTITY_KEYWORDS.contains(id.toLowerCase(Locale.ROOT))) {
            id = "t_" + id;
        }
        return id;
    }

    /** An attribute (column) name Mermaid reads as one word; the original goes into the comment when they differ. */
    static String attributeName(String name) {
        String word = word(name, false);
        return ATTRIBUTE_KEY.matcher(word).matches() ? "_" + word : word;
    }

    /** A type as one word: the usual short names, spaces and other characters Mermaid cannot take as {@code _}. */
    static String attributeType(String type) {
        String shortened = type.replace("character varying", "varchar").replace("bit varying", "varbit")
                .replace("double precision", "double").replace("\"", "");
        Matcher time = TIME_ZONE.matcher(shortened);
        if (time.lookingAt()) {
            String modifier = time.group(2) == null ? "" : time.group(2);
            shortened = time.group(1) + (time.group(3).equals(" with") ? "tz" : "") + modifier + shortened.substring(time.end());
        } else if (CHARACTER.matcher(shortened).lookingAt()) {
            shortened = "char" + shortened.substring("character".length());
        }
        String word = word(shortened, true);
        return ATTRIBUTE_KEY.matcher(word).matches() ? "_" + word : word;
    }

    /** Letters (ASCII, {@code _} and everything from U+00C0 on) and digits, plus {@code - ( ) [ ]} in a type; else {@code _}. */
    private static String word(String text, boolean type) {
        StringBuilder out = new StringBuilder(text.length() + 1);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = isLetter(c) || c >= '0' && c <= '9' || type && "-()[]".indexOf(c) >= 0;
            out.append(allowed ? c : '_');
        }
        if (out.length() == 0 || !isLetter(out.charAt(0))) {
            out.insert(0, '_');
        }
        return out.toString();
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || c >= '\u00c0';
    }
}
