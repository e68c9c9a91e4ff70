package dev.dbmirror.schema.prisma;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Index operator classes ({@code ops: JsonbPathOps}, {@code ops: raw("gin_trgm_ops")}): their
 * PostgreSQL names, and whether {@code pg_get_indexdef} prints them (it leaves out the default
 * class of the key's type for the index method).
 */
final class Operators {

    private static final Pattern BRIN = Pattern.compile("([A-Za-z0-9]+?)(MinMaxMulti|MinMax|Bloom|Inclusion)Ops");

    /** Prisma's names outside BRIN, with the methods for which each is the default class. */
    private static final Map<String, String> NAMES = Map.of(
            "ArrayOps", "array_ops", "JsonbOps", "jsonb_ops", "JsonbPathOps", "jsonb_path_ops",
            "InetOps", "inet_ops", "TextOps", "text_ops");
    private static final Set<String> DEFAULTS = Set.of("gin array_ops", "gin jsonb_ops", "spgist inet_ops",
            "spgist text_ops");

    private Operators() {
    }

    /** The operator class as printed in the index definition, or null when it is the default one. */
    static String printed(Ast.Value value, String method) throws PrismaException {
        if (value instanceof Ast.Call call && call.name().equals("raw") && call.arguments().size() == 1
                && call.arguments().get(0).value() instanceof Ast.Text text) {
            return text.value();
        }
        if (!(value instanceof Ast.Name name)) {
            throw new PrismaException(value.position(), "ops: takes an operator class such as JsonbPathOps or raw(\"gin_trgm_ops\")");
        }
        String simple = NAMES.get(name.name());
        if (simple != null) {
            return DEFAULTS.contains(method + " " + simple) ? null : simple;
        }
        Matcher brin = BRIN.matcher(name.name());
        if (!brin.matches() || !method.equals("brin")) {
            throw new PrismaException(value.position(), "unknown operator class " + name.name() + " for a " + method
                    + " index; use one Prisma lists for PostgreSQL (e.g. JsonbPathOps, InetOps, Int4MinMaxOps) or raw(\"…\")");
        }
        String type = brin.group(1).toLowerCase(Locale.ROOT);
        String strategy = switch (brin.group(2)) {
            case "MinMaxMulti" -> "minmax_multi";
            case "MinMax" -> "minmax";
            case "Bloom" -> "bloom";
            default -> "inclusion";
        };
        boolean isDefault = type.equals("inet") ? strategy.equals("inclusion") : strategy.equals("minmax");
        return isDefault ? null : type + "_" + strategy + "_ops";
    }
}
