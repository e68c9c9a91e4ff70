package dev.dbmirror.processor.javatype;

import java.util.Locale;
import java.util.Map;

/**
 * Turns the last word of a table name into its singular ({@code order_items} → {@code order_item}).
 * A small rule set, in this order: the exceptions map; {@code ies → y}; {@code sses → ss};
 * {@code xes → x}; {@code ches → ch}; {@code shes → sh}; a final {@code s} is dropped unless the
 * word ends in {@code ss}, {@code us} or {@code is}. Anything else is left alone.
 */
final class Singularizer {

    private static final Map<String, String> EXCEPTIONS = Map.ofEntries(
            Map.entry("people", "person"), Map.entry("children", "child"), Map.entry("men", "man"),
            Map.entry("women", "woman"), Map.entry("mice", "mouse"), Map.entry("geese", "goose"),
            Map.entry("feet", "foot"), Map.entry("teeth", "tooth"), Map.entry("data", "data"),
            Map.entry("metadata", "metadata"), Map.entry("status", "status"), Map.entry("statuses", "status"),
            Map.entry("news", "news"), Map.entry("series", "series"), Map.entry("species", "species"),
            Map.entry("analyses", "analysis"), Map.entry("indices", "index"), Map.entry("matrices", "matrix"),
            Map.entry("vertices", "vertex"), Map.entry("criteria", "criterion"), Map.entry("buses", "bus"),
            Map.entry("aliases", "alias"), Map.entry("movies", "movie"), Map.entry("cookies", "cookie"),
            Map.entry("quizzes", "quiz"), Map.entry("equipment", "equipment"),
            Map.entry("information", "information"));

    private Singularizer() {
    }

    /** The singular of {@code word}, compared in lower case; the result is lower case. */
    static String singular(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String exception = EXCEPTIONS.get(lower);
        if (exception != null) {
            return exception;
        }
        if (lower.endsWith("ies") && lower.length() > 3) {
            return cut(lower, 3) + "y";
        }
        if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")) {
            return cut(lower, 2);
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")
                && lower.length() > 1) {
            return cut(lower, 1);
        }
        return lower;
    }

    private static String cut(String word, int suffix) {
        return word.substring(0, word.length() - suffix);
    }
}
