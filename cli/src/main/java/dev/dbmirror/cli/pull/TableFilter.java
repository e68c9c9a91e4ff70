package dev.dbmirror.cli.pull;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code --include} / {@code --exclude} glob patterns ({@code *} any run of characters, {@code ?} one).
 * A pattern with a dot matches {@code schema.table}, one without matches the table name. A relation
 * is kept when it matches some include (or there are none) and no exclude.
 *
 * <p>The history tables of migration tools are bookkeeping, not schema: a mirror with them would drift
 * on every migration, so they are left out unless an include pattern matches them.
 */
public final class TableFilter {

    /** Flyway's, Liquibase's (two) and Prisma Migrate's history tables, in any schema. */
    private static final List<Glob> MIGRATION_HISTORY = Stream.of(
            "flyway_schema_history", "databasechangelog", "databasechangeloglock", "_prisma_migrations")
            .map(Glob::new).toList();

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
        boolean named = includes.stream().anyMatch(g -> g.matches(schema, table));
        if (!named && MIGRATION_HISTORY.stream().anyMatch(g -> g.matches(schema, table))) {
            return false;
        }
        return (named || includes.isEmpty()) && excludes.stream().noneMatch(g -> g.matches(schema, table));
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
