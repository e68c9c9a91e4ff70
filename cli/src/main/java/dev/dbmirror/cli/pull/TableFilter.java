package dev.dbmirror.cli.pull;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code --include} / {@code --exclude} glob patterns ({@code *} any run of characters, {@code ?} one).
 * A pattern with a dot matches {@code schema.table}, one without matches the table name. A relation
 * is kept when it matches some include (or there are none) and no exclude.
 */
public final class TableFilter {

    private final List<Glob> includes;
    private final List<Glob> excludes;

    public TableFilter(List<String> includes, List<String> excludes) {
        this.includes = includes.stream().map(Glob::new).toList();
        this.excludes = excludes.stream().map(Glob::new).toList();
    }

    public static TableFilter all() {
        return new TableFilter(List.of(), List.of());
    }

    public boolean keeps(String schema, String table) {
        boolean included = includes.isEmpty() || includes.stream().anyMatch(g -> g.matches(schema, table));
        return included && excludes.stream().noneMatch(g -> g.matches(schema, table));
    }

    private static final class Glob {

        private final Pattern pattern;
        private final boolean qualified;

        Glob(String glob) {
            this.qualified = glob.contains(".");
            StringBuilder regex = new StringBuilder();
            for (char c : glob.toCharArray()) {
                regex.append(switch (c) {
                    case '*' -> ".*";
                    case '?' -> ".";
                    default -> Pattern.quote(String.valueOf(c));
                });
            }
            this.pattern = Pattern.compile(regex.toString());
        }

        boolean matches(String schema, String table) {
            return pattern.matcher(qualified ? schema + "." + table : table).matches();
        }
    }
}
