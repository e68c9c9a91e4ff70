package dev.dbmirror.schema.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbmirror.schema.Fixtures;
import dev.dbmirror.schema.model.Mirror;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The migration script between two mirrors, as golden files: with destructive statements held back and
 * written; no steps between equal mirrors; what the mirror cannot say left as a TO DO.
 */
class MigrationPlanTest {

    @Test
    void theScriptBetweenTwoMirrors() throws Exception {
        Mirror live = Fixtures.mirror("diff/before.json");
        Mirror desired = Fixtures.mirror("diff/after.json");
        MigrationPlan plan = MigrationPlan.between(desired, live);

        assertEquals(Fixtures.text("migrate/held-back.sql"), plan.script("db/schema/tables.json", false));
        assertEquals(Fixtures.text("migrate/destructive.sql"), plan.script("db/schema/tables.json", true));
    }

    @Test
    void equalMirrorsNeedNoStep() throws Exception {
        Mirror mirror = Fixtures.mirror("mirrors/shop.json");
        assertEquals(List.of(), MigrationPlan.between(mirror, Fixtures.mirror("mirrors/shop.shuffled.json")).steps());
    }

    @Test
    void aGenericMirrorComparesAsThePostgresTypesItStandsFor() throws Exception {
        Mirror generic = Fixtures.mirror("mirrors/generic.json");
        MigrationPlan create = MigrationPlan.between(generic, new Mirror(Mirror.FORMAT, generic.source(), List.of(), List.of(),
                List.of()));
        assertTrue(create.script("x", false).contains("    email text NOT NULL,\n"), create.script("x", false));
    }
}
