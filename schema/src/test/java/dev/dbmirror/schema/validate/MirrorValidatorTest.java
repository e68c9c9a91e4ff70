package dev.dbmirror.schema.validate;

import static dev.dbmirror.schema.Fixtures.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dbmirror.schema.Fixtures;
import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Key;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.ReferentialAction;
import dev.dbmirror.schema.model.Source;
import dev.dbmirror.schema.model.Table;
import dev.dbmirror.schema.model.TableKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class MirrorValidatorTest {

    @Test
    void theExampleMirrorsAreValid() throws Exception {
        assertEquals(List.of(), MirrorValidator.validate(Fixtures.mirror("mirrors/shop.json")));
        assertEquals(List.of(), MirrorValidator.validate(Fixtures.mirror("mirrors/generic.json")));
    }

    /** One file with every kind of semantic problem; each line of the golden file is one exact message. */
    @Test
    void everySemanticProblemIsReportedAtOnceWithItsPosition() {
        String expected = Fixtures.text("invalid/semantic.expected.txt").replace("semantic.json:", "t.json:");
        assertEquals(expected.strip(), problems(Fixtures.text("invalid/semantic.json")));
    }

    @Test
    void aSingleProblemPointsAtTheOffendingValue() {
        String json = """
                {"format": 1, "source": {"dialect": "generic"},
                 "tables": [{"schema": "s", "name": "t", "kind": "table",
                             "columns": [{"name": "id", "type": "int", "nullable": false}],
                             "primaryKey": {"name": "t_pkey", "columns": ["ID"]}}]}
                """;
        assertEquals("t.json:4:59: tables[0].primaryKey.columns[0]: primary key t_pkey names column \"ID\","
                + " which s.t does not have; use one of its columns", problems(json));
    }

    @Test
    void aModelBuiltInCodeGetsPathsWithoutPositions() {
        Column id = new Column("id", "int", false, null, null, null, null);
        ForeignKey toNowhere = new ForeignKey("t_fkey", List.of("id"),
                new ForeignKey.Reference("s", "nowhere", List.of("id")), ReferentialAction.NO_ACTION, ReferentialAction.CASCADE);
        Table table = new Table("s", "t", TableKind.TABLE, null, List.of(id), new Key("t_pkey", List.of("id")),
                List.of(), List.of(toNowhere), List.of(), List.of());
        Mirror mirror = new Mirror(1, new Source(Source.GENERIC, null, List.of("s")), List.of(), List.of(), List.of(table));
        assertEquals(List.of(new Violation("tables[0].foreignKeys[0].references.table", "foreign key t_fkey references"
                        + " table s.nowhere, which is not in the mirror; pull it too (add its schema with --schema) or drop the key")),
                MirrorValidator.validate(mirror));
    }
}
