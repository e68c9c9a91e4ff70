package dev.dbmirror.processor.javatype;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The forms of a database type text that catalog entries and type overrides are matched against:
 * the text itself ({@code numeric(12,2)}) and the text without its modifiers ({@code numeric};
 * {@code timestamp(3) with time zone} → {@code timestamp with time zone}).
 */
public final class TypeText {

    private static final String ARRAY = "[]";
    private static final Pattern MODIFIERS = Pattern.compile("\\([^)]*\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TypeText() {
    }

    /** The exact text first, then the text without modifiers when that differs. */
    public static List<String> forms(String type) {
        String exact = normalized(type);
        String bare = withoutModifiers(exact);
        return bare.equals(exact) ? List.of(exact) : List.of(exact, bare);
    }

    /** The text as it is matched: trimmed, in lower case ({@code JSONB } → {@code jsonb}). */
    public static String normalized(String type) {
        return type.trim().toLowerCase(Locale.ROOT);
    }

    public static String withoutModifiers(String type) {
        String lower = type.toLowerCase(Locale.ROOT);
        if (lower.indexOf('(') < 0) {
            return lower.trim();
        }
        return SPACES.matcher(MODIFIERS.matcher(lower).replaceAll("")).replaceAll(" ").trim();
    }

    public static boolean isArray(String type) {
        return type.trim().endsWith(ARRAY);
    }

    /** {@code integer[]} → {@code integer}. */
    public static String elementOf(String type) {
        String trimmed = type.trim();
        return trimmed.substring(0, trimmed.length() - ARRAY.length());
    }
}
