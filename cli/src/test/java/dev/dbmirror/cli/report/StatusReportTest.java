package dev.dbmirror.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dbmirror.schema.diff.MirrorDiff;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Source;
import dev.dbmirror.schema.model.Table;
import dev.dbmirror.schema.shorthand.Shorthand;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The count line of {@code status} speaks of one table as one table. */
class StatusReportTest {

    @Test
    void oneTableIsCountedInTheSingular() throws Exception {
        Mirror before = mirror(Shorthand.parse("id:int:pk").toTable("public", "customers"));
        Mirror after = mirror(Shorthand.parse("id:int:pk,phone:text?").toTable("public", "customers"));
        assertEquals("""
                ~ public.customers  changed (1 difference)
                1 table: 0 current, 0 new, 1 changed, 0 orphaned
                """, StatusReport.render(MirrorDiff.between(before, after), StatusReport.Direction.DATABASE_LEADS));
    }

    private static Mirror mirror(Table table) {
        return new Mirror(Mirror.FORMAT, new Source(Source.GENERIC, null, List.of("public")), List.of(), List.of(),
                List.of(table));
    }
}
