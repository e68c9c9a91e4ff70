package dev.dbmirror.cli.args;

import java.util.Collection;

/** The likely intended word for a typo, by edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The candidate nearest to {@code typed}, if it is near enough to be a typo of it; else null. */
    public static String closest(String typed, Collection<String> candidates) {
        String best = null;
        int bestDistance = Math.max(2, typed.length() / 3) + 1;
        for (String candidate : candidates) {
            int distance = distance(typed, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
