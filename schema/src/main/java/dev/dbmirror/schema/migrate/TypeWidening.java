package dev.dbmirror.schema.migrate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether changing a column from one PostgreSQL type to another keeps every value: a longer or
 * unbounded {@code character varying}, {@code text}, a bigger integer, a {@code numeric} with room
 * for as many digits before and after the point, {@code double precision} for {@code real}. Every
 * other change may lose data or fail on it, and counts as narrowing.
 */
final class TypeWidening {

    private static final Pattern MODIFIED = Pattern.compile("([a-z ]+?)(?:\\((\\d+)(?:,(\\d+))?\\))?");
    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");
    /** Digits each integer type may need in a numeric: 32767, 2147483647, 9223372036854775807. */
    private static final int[] INTEGER_DIGITS = {5, 10, 19};

    private TypeWidening() {
    }

    static boolean isWidening(String from, String to) {
        if (from.endsWith("[]") != to.endsWith("[]")) {
            return false;
        }
        if (from.endsWith("[]")) {
            return isWidening(from.substring(0, from.length() - 2), to.substring(0, to.length() - 2));
        }
        Matcher a = MODIFIED.matcher(from);
        Matcher b = MODIFIED.matcher(to);
        if (!a.matches() || !b.matches()) {
            return false;
        }
        String fromBase = a.group(1);
        String toBase = b.group(1);
        Integer fromSize = size(a.group(2));
        Integer toSize = size(b.group(2));
        if (isText(fromBase) && (toBase.equals("text") || toBase.equals("character varying"))) {
            return toBase.equals("text") || toSize == null || fromSize != null && toSize >= fromSize;
        }
        if (INTEGERS.contains(fromBase)) {
            int rank = INTEGERS.indexOf(fromBase);
            if (INTEGERS.contains(toBase)) {
                return INTEGERS.indexOf(toBase) >= rank;
            }
            return toBase.equals("numeric") && (toSize == null || toSize - scale(b.group(3)) >= INTEGER_DIGITS[rank]);
        }
        if (fromBase.equals("numeric") && toBase.equals("numeric")) {
            if (toSize == null) {
                return true;
            }
            return fromSize != null && scale(b.group(3)) >= scale(a.group(3))
                    && toSize - scale(b.group(3)) >= fromSize - scale(a.group(3));
        }
        return fromBase.equals("real") && toBase.equals("double precision");
    }

    private static boolean isText(String base) {
        return base.equals("text") || base.equals("character varying") || base.equals("character");
    }

    private static Integer size(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }

    private static int scale(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }
}
