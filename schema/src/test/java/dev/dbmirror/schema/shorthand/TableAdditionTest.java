package dev.dbmirror.schema.shorthand;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dbmirror.schema.Fixtures;
import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Key;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.ReferentialAction;
import dev.dbmirror.schema.model.Table;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A table written in the shorthand joins a mirror with the mirror's own type names, or every problem is named. */
class TableAdditionTest {

    private static Mirror shop() throws Exception {
        return Fixtures.mirror("mirrors/shop.json");
    }

    @Test
    void aPostgresMirrorGetsPostgresTypesCastLiteralsAndKeys() throws Exception {
        Mirror added = TableAddition.add(shop(), "public", "payments", "A payment of an order",
                "id:uuid=gen_random_uuid():pk, order_id:uuid:fk>orders.id:ondelete=cascade, amount:decimal(12,2),"
                        + " status:order_status='pending', ref:string(40):unique, note:text?='none', paid_at:timestamptz=now(),"
                        + " refund_of:uuid?:fk>payments.id:ondelete=set-null, n:int=0, meta:json='{}'");

        Table payments = added.table("public", "payments").orElseThrow();
        assertEquals(List.of(
                new Column("id", "uuid", false, "gen_random_uuid()", null, null, null),
                new Column("order_id", "uuid", false, null, null, null, null),
                new Column("amount", "numeric(12,2)", false, null, null, null, null),
                new Column("status", "public.order_status", false, "'pending'::order_status", null, null, null),
                new Column("ref", "character varying(40)", false, null, null, null, null),
                new Column("note", "text", true, "'none'::text", null, null, null),
                new Column("paid_at", "timestamp with time zone", false, "now()", null, null, null),
                new Column("refund_of", "uuid", true, null, null, null, null),
                new Column("n", "integer", false, "0", null, null, null),
                new Column("meta", "jsonb", false, "'{}'::jsonb", null, null, null)), payments.columns());
        assertEquals("A payment of an order", payments.comment());
        assertEquals(new Key("payments_pkey", List.of("id")), payments.primaryKey());
        assertEquals(List.of(new Key("payments_ref_key", List.of("ref"))), payments.uniques());
        assertEquals(List.of(
                new ForeignKey("payments_order_id_fkey", List.of("order_id"), new ForeignKey.Reference("public", "orders",
                        List.of("id")), ReferentialAction.NO_ACTION, ReferentialAction.CASCADE),
                new ForeignKey("payments_refund_of_fkey", List.of("refund_of"), new ForeignKey.Reference("public", "payments",
                        List.of("id")), ReferentialAction.NO_ACTION, ReferentialAction.SET_NULL)), payments.foreignKeys());
        assertEquals(shop().tables().size() + 1, added.tables().size());
        assertEquals(List.of("public"), added.source().schemas());
    }

    @Test
    void aTableInANewSchemaAddsTheSchema() throws Exception {
        Mirror added = TableAddition.add(shop(), "billing", "invoices", null, "id:bigint:pk,customer_id:bigint:fk>public.customers.id");
        assertEquals(List.of("billing", "public"), added.source().schemas());
        assertEquals("public.customers", added.table("billing", "invoices").orElseThrow().foreignKeys().get(0)
                .references().qualifiedTable());
    }

    @Test
    void aGenericMirrorKeepsThePortableNames() throws Exception {
        Mirror added = TableAddition.add(Fixtures.mirror("mirrors/generic.json"), "app", "notes", null,
                "id:int:pk, body:string(200), amount:decimal(10,2)?, done:bool=false, account_id:uuid:fk>accounts.id");
        assertEquals(List.of("int", "string(200)", "decimal(10,2)", "boolean", "uuid"),
                added.table("app", "notes").orElseThrow().columns().stream().map(Column::type).toList());
        assertEquals("false", added.table("app", "notes").orElseThrow().columns().get(3).defaultValue());
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of("orders", "id:uuid:pk", "table public.orders is already in the mirror; choose another name, or"
                        + " change the table in the mirror file"),
                Arguments.of("1st", "id:uuid:pk", "invalid name \"1st\"; use letters, digits and _, not starting with a digit"),
                Arguments.of("payments", "id:uuid:pk,order_id:uuid:fk>ordes.id", "item 2 \"order_id:uuid:fk>ordes.id\" (at"
                        + " character 26): unknown table \"ordes\" (did you mean \"orders\"?); reference a table of the mirror,"
                        + " or this new table"),
                Arguments.of("payments", "order_id:uuid:fk>orders.idd", "item 1 \"order_id:uuid:fk>orders.idd\" (at character"
                        + " 15): public.orders has no column \"idd\" (did you mean \"id\"?); reference one of its key columns"),
                Arguments.of("payments", "who:text:fk>customers.name", "item 1 \"who:text:fk>customers.name\" (at character 10):"
                        + " public.customers.name is neither the primary key nor a unique key of public.customers, so a foreign"
                        + " key cannot reference it; reference a key column, e.g. public.customers.id"),
                Arguments.of("payments", "order_id:bigint:fk>orders.id", "item 1 \"order_id:bigint:fk>orders.id\" (at character"
                        + " 17): the column is bigint but public.orders.id is uuid; give both the same type"),
                Arguments.of("payments", "id:uuid:pk,s:order_statsu", "item 2 \"s:order_statsu\" (at character 14): unknown type"
                        + " \"order_statsu\" (did you mean \"order_status\"?); use one of uuid, string, string(n), text, bool,"
                        + " smallint, int, bigint, decimal, decimal(p,s), float, double, date, time, timestamp, timestamptz,"
                        + " interval, bytes, json, an enum (public.order_status), each optionally followed by [] for an array"));
    }

    @ParameterizedTest
    @MethodSource("problems")
    void eachProblemIsNamedAndTheMirrorIsNotChanged(String table, String columns, String expected) throws Exception {
        Mirror before = shop();
        ShorthandException e = assertThrows(ShorthandException.class,
                () -> TableAddition.add(before, "public", table, null, columns));
        assertEquals(expected, e.getMessage());
        assertArrayEquals(shop().tables().toArray(), before.tables().toArray());
    }
}
