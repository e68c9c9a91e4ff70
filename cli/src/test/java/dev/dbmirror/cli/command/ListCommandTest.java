package dev.dbmirror.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dbmirror.cli.support.Cli;
import dev.dbmirror.schema.io.MirrorWriter;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Source;
import dev.dbmirror.schema.model.Table;
import dev.dbmirror.schema.model.TableKind;
import dev.dbmirror.schema.shorthand.Shorthand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** list's text lines keep their fields in columns, whatever the kinds and column counts. */
class ListCommandTest {

    @TempDir
    Path dir;

    @Test
    void kindsAndColumnCountsOfEveryWidthLineUp() throws Exception {
        Table wide = Shorthand.parse("id:int:pk,a:int,b:int,c:int,d:int,e:int,f:int,g:int,h:int,i:int").toTable("public", "wide");
        Table one = Shorthand.parse("id:int:pk").toTable("public", "one");
        Table totals = Shorthand.parse("n:int").toTable("public", "totals");
        Table view = new Table("public", "totals", TableKind.MATERIALIZED_VIEW, null, totals.columns(), null, List.of(),
                List.of(), List.of(), List.of());
        Path mirror = dir.resolve("tables.json");
        Files.writeString(mirror, MirrorWriter.write(new Mirror(Mirror.FORMAT, new Source(Source.GENERIC, null,
                List.of("public")), List.of(), List.of(), List.of(wide, one, view))));

        Cli.Result list = Cli.with(dir).in(dir).run("list", "--mirror", mirror.toString());

        assertEquals(0, list.exitCode(), list::toString);
        assertEquals("""
                public.one     table              1 column    pk (id)
                public.totals  materialized_view  1 column
                public.wide    table              10 columns  pk (id)
                """, list.out());
    }
}
