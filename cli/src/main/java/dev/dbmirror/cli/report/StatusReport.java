package dev.dbmirror.cli.report;

import dev.dbmirror.schema.diff.MirrorDiff;
import dev.dbmirror.schema.diff.TableStatus;

/**
 * The status listing: one line per table, {@code ✓} current, {@code +} only on the side that leads,
 * {@code ~} changed (with the number of changes), {@code ⚠} only on the side that follows; then type changes
 * and a count line. Which side leads is the project's mode: the database (changes come in by pull) or the
 * repository (changes go out by migration).
 */
public final class StatusReport {

    /** The words for a table that only one side has, by the side that leads. */
    public enum Direction {
        /** {@code diff} runs from the mirror (before) to the live database (after). */
        DATABASE_LEADS("new in the database, not in the mirror", "orphaned: in the mirror, gone from the database"),
        /** {@code diff} runs from the live database (before) to the mirror (after). */
        REPOSITORY_LEADS("in the mirror, not yet in the database", "orphaned: in the database, not in the mirror");

        private final String added;
        private final String removed;

        Direction(String added, String removed) {
            this.added = added;
            this.removed = removed;
        }
    }

    private StatusReport() {
    }

    public static String render(MirrorDiff diff, Direction direction) {
        StringBuilder out = new StringBuilder();
        int current = 0;
        for (String table : diff.tables()) {
            TableStatus status = diff.tableStatus(table);
            switch (status) {
                case UNCHANGED -> {
                    current++;
                    out.append("✓ ").append(table).append('\n');
                }
                case ADDED -> out.append("+ ").append(table).append("  ").append(direction.added).append('\n');
                case REMOVED -> out.append("⚠ ").append(table).append("  ").append(direction.removed).append('\n');
                case CHANGED -> {
                    int count = diff.changesOf(table).size();
                    out.append("~ ").append(table).append("  changed (").append(Counts.of(count, "difference")).append(")\n");
                }
            }
        }
        diff.typeChanges().forEach(c -> out.append(c.kind().symbol()).append(' ').append(c.object().label())
                .append(' ').append(c.subject()).append('\n'));
        out.append(Counts.of(diff.tables().size(), "table")).append(": ").append(current).append(" current, ")
                .append(diff.addedTables().size()).append(" new, ").append(diff.changedTables().size()).append(" changed, ")
                .append(diff.removedTables().size()).append(" orphaned\n");
        return out.toString();
    }
}
