package dev.dbmirror.schema.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbmirror.schema.Fixtures;
import dev.dbmirror.schema.SyntheticMirror;
import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadOrderTest {

    private static List<String> names(List<Table> tables) {
        return tables.stream().map(Table::qualifiedName).toList();
    }

    @Test
    void referencedTablesComeFirstAndCyclesAreClosedByTheLaterScript() throws Exception {
        Mirror mirror = Fixtures.mirror("docs/rich/tables.json");
        LoadOrder order = LoadOrder.of(mirror);

        assertEquals(List.of("Odd Schema.Order Items", "public.audit_log", "public.customers", "billing.invoices",
                "public.kinds", "public.nothing", "public.order_totals", "public.orders", "public.order_lines",
                "public.paid_orders", "public.shipments", "public.cycle_a", "public.cycle_c", "public.cycle_b",
                "public.people", "public.teams"), names(order.tables()));

        Table people = mirror.table("public", "people").orElseThrow();
        Table teams = mirror.table("public", "teams").orElseThrow();
        assertEquals(LoadOrder.Placement.DEFERRED, order.placement(people, people.foreignKeys().get(0)));
        assertEquals(LoadOrder.Placement.INLINE, order.placement(teams, teams.foreignKeys().get(0)));
        assertEquals(List.of("people_team_id_fkey"), order.deferredAfter(teams).stream().map(k -> k.key().name()).toList());

        Table items = mirror.table("Odd Schema", "Order Items").orElseThrow();
        Map<String, LoadOrder.Placement> self = new HashMap<>();
        items.foreignKeys().forEach(k -> self.put(k.name(), order.placement(items, k)));
        assertEquals(Map.of("Order Items_user_fkey", LoadOrder.Placement.DEFERRED, "parent", LoadOrder.Placement.INLINE), self,
                "a key to the primary key goes into CREATE TABLE, one to a unique index after the index");
        assertEquals(List.of("Order Items_user_fkey"), order.deferredAfter(items).stream().map(k -> k.key().name()).toList());
    }

    @Test
    void everyKeyOfAThousandTablesCanBeCreatedWhereItIsPlaced() {
        Mirror mirror = SyntheticMirror.of(1000);
        LoadOrder order = LoadOrder.of(mirror);
        Map<String, Integer> position = new HashMap<>();
        for (Table table : order.tables()) {
            position.put(table.qualifiedName(), position.size());
        }
        assertEquals(1000, position.size());
        int deferred = 0;
        for (Table table : order.tables()) {
            for (ForeignKey key : table.foreignKeys()) {
                int target = position.get(key.references().qualifiedTable());
                if (order.placement(table, key) == LoadOrder.Placement.INLINE) {
                    assertTrue(target <= position.get(table.qualifiedName()), key.name());
                } else {
                    deferred++;
                    LoadOrder.DeferredKey placed = order.deferredOf(table).stream()
                            .filter(k -> k.key().name().equals(key.name())).findFirst().orElseThrow();
                    assertEquals(Math.max(target, position.get(table.qualifiedName())),
                            position.get(placed.addedAfter().qualifiedName()), key.name());
                }
            }
        }
        assertEquals(2, deferred, "one key for each cycle, t1-t10 and t51-t510");
    }
}
