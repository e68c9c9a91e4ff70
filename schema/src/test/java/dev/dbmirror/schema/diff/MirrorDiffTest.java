package dev.dbmirror.schema.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbmirror.schema.Fixtures;
import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Index;
import dev.dbmirror.schema.model.Key;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.ReferentialAction;
import dev.dbmirror.schema.model.Source;
import dev.dbmirror.schema.model.Table;
import dev.dbmirror.schema.model.TableKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class MirrorDiffTest {

    private static MirrorDiff beforeToAfter() throws Exception {
        return MirrorDiff.between(Fixtures.mirror("diff/before.json"), Fixtures.mirror("diff/after.json"));
    }

    /** The fixture changes enums, domains, tables, columns, keys, uniques, foreign keys, checks and indexes. */
    @Test
    void everyKindOfChangeIsRenderedForAReviewer() throws Exception {
        assertEquals(Fixtures.text("diff/expected.txt"), beforeToAfter().toText());
    }

    @Test
    void everyKindOfChangeIsRenderedForMachines() throws Exception {
        assertEquals(Fixtures.text("diff/expected.json"), beforeToAfter().toJson());
    }

    @Test
    void tablesAreGroupedByStatus() throws Exception {
        MirrorDiff diff = beforeToAfter();
        assertEquals(List.of("public.customers", "public.legacy", "public.order_totals", "public.orders", "public.payments"),
                diff.tables());
        assertEquals(List.of("public.payments"), diff.addedTables());
        assertEquals(List.of("public.legacy"), diff.removedTables());
        assertEquals(List.of("public.customers", "public.order_totals", "public.orders"), diff.changedTables());
        assertEquals(List.of(), diff.unchangedTables());
        assertEquals(TableStatus.CHANGED, diff.tableStatus("public.orders"));
        assertEquals(TableStatus.UNCHANGED, diff.tableStatus("public.elsewhere"));
        assertEquals(List.of("public.customers", "public.legacy", "public.order_totals", "public.orders", "public.payments"),
                List.copyOf(diff.byTable().keySet()));
        assertEquals(List.of(new Change(ChangeKind.CHANGED, ObjectKind.TABLE, "public.order_totals", "public.order_totals",
                "kind", "view", "materialized_view")), diff.changesOf("public.order_totals"));
        assertEquals(8, diff.typeChanges().size());
    }

    @Test
    void changesCarryTheirSubjectAndRawValues() throws Exception {
        List<Change> changes = beforeToAfter().changes();
        assertTrue(changes.contains(new Change(ChangeKind.CHANGED, ObjectKind.COLUMN, "public.orders.total", "public.orders",
                "type", "numeric(12,2)", "numeric(14,2)")));
        assertTrue(changes.contains(new Change(ChangeKind.CHANGED, ObjectKind.COLUMN, "public.customers.name",
                "public.customers", "comment", null, "Full name")));
        assertTrue(changes.contains(new Change(ChangeKind.ADDED, ObjectKind.COLUMN, "public.orders.note", "public.orders",
                null, null, "text null")));
        assertTrue(changes.contains(new Change(ChangeKind.REMOVED, ObjectKind.ENUM, "public.mood", null,
                null, "(sad, ok)", null)));
        assertEquals("note", changes.stream().filter(c -> c.subject().equals("public.orders.note")).findFirst()
                .orElseThrow().name());
    }

    @Test
    void equalMirrorsAndOrderOnlyDifferencesGiveNoChanges() throws Exception {
        MirrorDiff diff = MirrorDiff.between(Fixtures.mirror("mirrors/shop.json"), Fixtures.mirror("mirrors/shop.shuffled.json"));
        assertTrue(diff.isEmpty());
        assertEquals("", diff.toText());
        assertEquals(List.of("public.customers", "public.order_totals", "public.orders"), diff.unchangedTables());
        assertEquals("""
                {
                  "changes": [],
                  "tables": {
                    "added": [],
                    "removed": [],
                    "changed": [],
                    "unchanged": [
                      "public.customers",
                      "public.order_totals",
                      "public.orders"
                    ]
                  }
                }
                """, diff.toJson());
    }

    @Test
    void keysConstraintsIndexesAndCommentsOfOneTable() {
        Column id = new Column("id", "int", false, null, null, null, null);
        Column ref = new Column("ref", "int", true, null, null, null, null);
        Table before = table(null, new Key("t_pkey", List.of("id")), List.of(new Key("t_ref_key", List.of("ref"))),
                List.of(), List.of(), id, ref);
        ForeignKey toSelf = new ForeignKey("t_ref_fkey", List.of("ref"), new ForeignKey.Reference("s", "t", List.of("id")),
                ReferentialAction.CASCADE, ReferentialAction.SET_NULL);
        Table after = table("two\nlines", new Key("t_id_pkey", List.of("id")),
                List.of(new Key("t_ref_key", List.of("ref", "id"))), List.of(toSelf),
                List.of(new Index("t_ref_idx", true, List.of("ref", "(ref * 2)"), null)), id, ref);
        assertEquals("""
                ~ s.t
                  ~ comment: none → "two\\nlines"
                  + primary key t_id_pkey (id)
                  - primary key t_pkey (id)
                  ~ unique t_ref_key columns: (ref) → (ref, id)
                  + foreign key t_ref_fkey (ref) references s.t (id) on update cascade on delete set null
                  + index t_ref_idx unique (ref, (ref * 2))
                """, MirrorDiff.between(mirror(before), mirror(after)).toText());
    }

    @Test
    void columnIdentityAndDefaultChangesNameTheirAspect() {
        Table before = table(null, null, List.of(), List.of(), List.of(),
                new Column("n", "bigint", false, "nextval('s_seq'::regclass)", null, null, null));
        Table after = table(null, null, List.of(), List.of(), List.of(),
                new Column("n", "bigint", false, null, dev.dbmirror.schema.model.Identity.ALWAYS, null, null));
        assertEquals("""
                ~ s.t
                  ~ column n default: nextval('s_seq'::regclass) → none
                  ~ column n identity: none → always
                """, MirrorDiff.between(mirror(before), mirror(after)).toText());
    }

    private static Table table(String comment, Key pk, List<Key> uniques, List<ForeignKey> fks, List<Index> indexes,
                               Column... columns) {
        return new Table("s", "t", TableKind.TABLE, comment, List.of(columns), pk, uniques, fks, List.of(), indexes);
    }

    private static Mirror mirror(Table table) {
        return new Mirror(1, new Source(Source.GENERIC, null, List.of("s")), List.of(), List.of(), List.of(table));
    }
}
