package dev.dbmirror.schema.diff;

import java.util.List;

/**
 * The reviewer's rendering of a {@link MirrorDiff}:
 * <pre>
 * + enum public.order_status (pending, paid)
 * + public.customers (table, 3 columns)
 * ~ public.orders
 *   + column note text null
 *   ~ column total type: numeric(10,2) → numeric(12,2)
 * </pre>
 */
final class DiffText {

    private static final String INDENT = "  ";

    private DiffText() {
    }

    static String render(MirrorDiff diff) {
        StringBuilder out = new StringBuilder();
        diff.typeChanges().forEach(c -> out.append(line(c)).append('\n'));
        diff.byTable().forEach((table, changes) -> table(out, table, changes));
        return out.toString();
    }

    private static void table(StringBuilder out, String table, List<Change> changes) {
        Change first = changes.get(0);
        if (first.object() == ObjectKind.TABLE && first.kind() != ChangeKind.CHANGED) {
            out.append(first.kind().symbol()).append(' ').append(table)
                    .append(" (").append(first.kind() == ChangeKind.ADDED ? first.after() : first.before()).append(")\n");
            return;
        }
        out.append(ChangeKind.CHANGED.symbol()).append(' ').append(table).append('\n');
        changes.forEach(c -> out.append(INDENT).append(line(c)).append('\n'));
    }

    /** {@code + column note text null}, {@code ~ column total type: a → b}, {@code ~ comment: a → b} for the table itself. */
    private static String line(Change c) {
        StringBuilder out = new StringBuilder(c.kind().symbol()).append(' ');
        if (c.object() != ObjectKind.TABLE) {
            out.append(c.object().label()).append(' ').append(c.name());
        }
        switch (c.kind()) {
            case ADDED -> out.append(' ').append(c.after());
            case REMOVED -> out.append(' ').append(c.before());
            case CHANGED -> {
                if (c.aspect() != null) {
                    out.append(c.object() == ObjectKind.TABLE ? "" : " ").append(c.aspect());
                }
                out.append(": ").append(value(c, c.before())).append(" → ").append(value(c, c.after()));
            }
        }
        return out.toString();
    }

    /** An aspect's value: {@code none} when not set, comments in double quotes with line breaks escaped. */
    private static String value(Change c, String text) {
        if (text == null) {
            return "none";
        }
        if (!"comment".equals(c.aspect())) {
            return text;
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }
}
