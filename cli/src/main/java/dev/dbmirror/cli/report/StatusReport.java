package dev.dbmirror.cli.report;

import dev.dbmirror.schema.diff.MirrorDiff;
import dev.dbmirror.schema.diff.TableStatus;

/**
 * The status listing: one line per table, {@code ✓} current, {@code +} new in the database,
 * {@code ~} changed (with the number of changes), {@code ⚠} orphaned; then type changes and a count line.
 */
public final class StatusReport {

    private StatusReport() {
    }

    /** {@code diff} runs from the mirror (before) to the live database (after). */
    public static String render(MirrorDiff diff) {
        StringBuilder out = new StringBuilder();
        int current = 0;
        for (String table : diff.tables()) {
            TableStatus status = diff.tableStatus(table);
            switch (status) {
                case UNCHANGED -> {
                    current++;
                    out.append("✓ ").append(table).append('\n');
                }
                case ADDED -> out.append("+ ").append(table).append("  new in the database, not in the mirror\n");
                case REMOVED -> out.append("⚠ ").append(table).append("  orphaned: in the mirror, gone from the database\n");
                case CHANGED -> {
                    int count = diff.changesOf(table).size();
                    out.append("~ ").append(table).append("  changed (").append(count)
                            .append(count == 1 ? " difference)\n" : " differences)\n");
                }
            }
        }
        diff.typeChanges().forEach(c -> out.append(c.kind().symbol()).append(' ').append(c.object().label())
                .append(' ').append(c.subject()).append('\n'));
        out.append(diff.tables().size()).append(" tables: ").append(current).append(" current, ")
                .append(diff.addedTables().size()).append(" new, ").append(diff.changedTables().size()).append(" changed, ")
                .append(diff.removedTables().size()).append(" orphaned\n");
        return out.toString();
    }
}
