package dev.dbmirror.schema.shorthand;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The type names of the shorthand and what each becomes in a mirror: the PostgreSQL type text a pull
 * would give (for a {@code postgresql} mirror) or the portable name of the type catalog (for a
 * {@code generic} one). {@code string(n)} takes a length, {@code decimal(p,s)} a precision and scale.
 */
final class ShorthandTypes {

    /** PostgreSQL's limits: {@code character varying(10485760)}, {@code numeric(1000, …)}. */
    private static final int MAX_LENGTH = 10_485_760;
    private static final int MAX_PRECISION = 1000;
    private static final Pattern MODIFIERS = Pattern.compile("([a-z]+)\\s*\\(\\s*([0-9]+)\\s*(?:,\\s*([0-9]+)\\s*)?\\)");

    /** What a shorthand type name stands for. */
    private enum Modifiers { NONE, LENGTH, PRECISION }

    private record Name(String shorthand, String postgres, String generic, Modifiers modifiers, boolean listed) {
    }

    private static final List<Name> NAMES = List.of(
            new Name("uuid", "uuid", "uuid", Modifiers.NONE, true),
            new Name("string", "text", "string", Modifiers.LENGTH, true),
            new Name("text", "text", "text", Modifiers.NONE, true),
            new Name("bool", "boolean", "boolean", Modifiers.NONE, true),
            new Name("boolean", "boolean", "boolean", Modifiers.NONE, false),
            new Name("smallint", "smallint", "smallint", Modifiers.NONE, true),
            new Name("int", "integer", "int", Modifiers.NONE, true),
            new Name("integer", "integer", "int", Modifiers.NONE, false),
            new Name("bigint", "bigint", "bigint", Modifiers.NONE, true),
            new Name("decimal", "numeric", "decimal", Modifiers.PRECISION, true),
            new Name("numeric", "numeric", "decimal", Modifiers.PRECISION, false),
            new Name("float", "real", "float", Modifiers.NONE, true),
            new Name("double", "double precision", "double", Modifiers.NONE, true),
            new Name("date", "date", "date", Modifiers.NONE, true),
            new Name("time", "time without time zone", "time", Modifiers.NONE, true),
            new Name("timestamp", "timestamp without time zone", "timestamp", Modifiers.NONE, true),
            new Name("timestamptz", "timestamp with time zone", "timestamptz", Modifiers.NONE, true),
            new Name("interval", "interval", "interval", Modifiers.NONE, true),
            new Name("bytes", "bytea", "bytes", Modifiers.NONE, true),
            new Name("json", "jsonb", "json", Modifiers.NONE, true));

    private ShorthandTypes() {
    }

    /** The names a user is shown: {@code uuid, string, string(n), text, bool, …}. */
    static List<String> listed() {
        List<String> names = new ArrayList<>();
        for (Name name : NAMES) {
            if (name.listed()) {
                names.add(name.shorthand());
                if (name.modifiers() == Modifiers.LENGTH) {
                    names.add(name.shorthand() + "(n)");
                } else if (name.modifiers() == Modifiers.PRECISION) {
                    names.add(name.shorthand() + "(p,s)");
                }
            }
        }
        return names;
    }

    /** Every name the shorthand takes, for suggestions. */
    static List<String> all() {
        return NAMES.stream().map(Name::shorthand).toList();
    }

    /** Whether {@code text} names a catalog type, with or without modifiers. */
    static boolean isCatalogName(String text) {
        return lookup(baseName(text)).isPresent();
    }

    /**
     * The mirror's type text for a catalog type written {@code name} or {@code name(args)}.
     *
     * @return the type text, or a problem message when the modifiers do not fit the type
     */
    static Result resolve(String text, boolean postgres) {
        Matcher m = MODIFIERS.matcher(text);
        String base = m.matches() ? m.group(1) : baseName(text);
        Name name = lookup(base).orElseThrow();
        String target = postgres ? name.postgres() : name.generic();
        if (!m.matches()) {
            return text.contains("(") ? Result.problem("\"" + text + "\" is not a type; write " + base + "(n) or "
                    + base + "(p,s) with whole numbers") : Result.type(target);
        }
        int first = parse(m.group(2));
        String second = m.group(3);
        return switch (name.modifiers()) {
            case NONE -> Result.problem(base + " takes no length or precision; write " + base);
            case LENGTH -> second != null || first < 1 || first > MAX_LENGTH
                    ? Result.problem(base + "(n) takes one length from 1 to " + MAX_LENGTH + ", e.g. " + base + "(80)")
                    : Result.type(postgres ? "character varying(" + first + ")" : base + "(" + first + ")");
            case PRECISION -> {
                int scale = second == null ? 0 : parse(second);
                if (first < 1 || first > MAX_PRECISION || scale > first) {
                    yield Result.problem(base + "(p,s) takes a precision p from 1 to " + MAX_PRECISION
                            + " and a scale s from 0 to p, e.g. " + base + "(12,2)");
                }
                yield Result.type(target + "(" + first + "," + scale + ")");
            }
        };
    }

    private static int parse(String digits) {
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    private static String baseName(String text) {
        int open = text.indexOf('(');
        return (open < 0 ? text : text.substring(0, open)).strip();
    }

    private static Optional<Name> lookup(String base) {
        return NAMES.stream().filter(n -> n.shorthand().equals(base)).findFirst();
    }

    /** A resolved type, or what is wrong with it. */
    record Result(String type, String problem) {

        static Result type(String type) {
            return new Result(type, null);
        }

        static Result problem(String problem) {
            return new Result(null, problem);
        }
    }
}
