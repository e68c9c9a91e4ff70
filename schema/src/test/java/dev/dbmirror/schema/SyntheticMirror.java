package dev.dbmirror.schema;

import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Index;
import dev.dbmirror.schema.model.Key;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.ReferentialAction;
import dev.dbmirror.schema.model.Source;
import dev.dbmirror.schema.model.Table;
import dev.dbmirror.schema.model.TableKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated mirror of {@code n} tables in {@code public}, shaped like a real schema: a tree of
 * foreign keys a few levels deep ({@code t<i>} references {@code t<i/10>}), a second key from every
 * seventh table, reference cycles ({@code t1}, {@code t51}, {@code t101}, … reference {@code t<10i>}, which
 * references them back), and one table in twenty without foreign keys.
 */
public final class SyntheticMirror {

    private SyntheticMirror() {
    }

    public static Mirror of(int n) {
        List<Table> tables = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            String name = "t" + i;
            List<Column> columns = new ArrayList<>(List.of(
                    new Column("id", "bigint", false, null, null, null, null),
                    new Column("parent_id", "bigint", true, null, null, null, null),
                    new Column("other_id", "bigint", true, null, null, null, null),
                    new Column("name", "text", false, null, null, null, "The name of " + name),
                    new Column("code", "character varying(40)", true, null, null, null, null),
                    new Column("amount", "numeric(12,2)", true, "0", null, null, null),
                    new Column("created_at", "timestamp with time zone", false, "now()", null, null, null)));
            List<ForeignKey> keys = new ArrayList<>();
            boolean loner = i % 20 == 0;
            if (!loner && i > 1) {
                keys.add(key(name + "_parent_id_fkey", "parent_id", "t" + Math.max(i / 10, 1)));
            }
            if (!loner && i % 7 == 0 && i > 3) {
                keys.add(key(name + "_other_id_fkey", "other_id", "t" + (i - 3)));
            }
            if (i % 50 == 1 && i * 10 <= n) {
                keys.add(key(name + "_cycle_fkey", "other_id", "t" + i * 10)); // t<10i> references t<i> back
            }
            tables.add(new Table("public", name, TableKind.TABLE, "Table number " + i, columns,
                    new Key(name + "_pkey", List.of("id")), List.of(new Key(name + "_code_key", List.of("code"))),
                    keys, List.of(),
                    List.of(new Index(name + "_created_idx", false, List.of("created_at"),
                            "CREATE INDEX " + name + "_created_idx ON public." + name + " USING btree (created_at)"))));
        }
        return new Mirror(Mirror.FORMAT, new Source("postgresql", 15, List.of("public")), List.of(), List.of(), tables);
    }

    private static ForeignKey key(String name, String column, String target) {
        return new ForeignKey(name, List.of(column), new ForeignKey.Reference("public", target, List.of("id")),
                ReferentialAction.NO_ACTION, ReferentialAction.CASCADE);
    }
}
