package dev.dbmirror.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dbmirror.schema.io.MirrorWriter;
import dev.dbmirror.schema.io.Mirrors;
import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.Index;
import dev.dbmirror.schema.model.Key;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Source;
import dev.dbmirror.schema.model.Table;
import dev.dbmirror.schema.prisma.PrismaImport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample's Prisma schema describes its database: importing it gives the pulled mirror, except
 * for what a Prisma schema cannot say (docs/prisma.md), which is taken out of the pulled side here:
 * the server version, unique constraints (Prisma makes unique indexes), check constraints and
 * identity columns ({@code products.id} is {@code GENERATED ALWAYS AS IDENTITY}).
 */
class PrismaSchemaTest {

    @Test
    void importOfPrismaSchemaEqualsThePulledMirrorUpToWhatPrismaCannotSay() throws Exception {
        Mirror pulled = Mirrors.load(Path.of("db/schema/tables.json"));
        Mirror imported = PrismaImport.fromPath(Path.of("prisma/schema.prisma"));

        assertEquals(MirrorWriter.write(whatPrismaCanSay(pulled)), MirrorWriter.write(imported));
    }

    private static Mirror whatPrismaCanSay(Mirror pulled) {
        List<Table> tables = pulled.tables().stream().map(PrismaSchemaTest::whatPrismaCanSay).toList();
        Source source = pulled.source();
        return new Mirror(pulled.format(), new Source(source.dialect(), null, source.schemas()), pulled.enums(),
                pulled.domains(), tables);
    }

    private static Table whatPrismaCanSay(Table t) {
        List<Column> columns = t.columns().stream()
                .map(c -> new Column(c.name(), c.type(), c.nullable(), c.defaultValue(), null, c.generated(), c.comment()))
                .toList();
        List<Index> indexes = new ArrayList<>(t.indexes());
        for (Key unique : t.uniques()) {
            indexes.add(new Index(unique.name(), true, unique.columns(), "CREATE UNIQUE INDEX " + unique.name() + " ON "
                    + t.schema() + "." + t.name() + " USING btree (" + String.join(", ", unique.columns()) + ")"));
        }
        return new Table(t.schema(), t.name(), t.kind(), t.comment(), columns, t.primaryKey(), List.of(),
                t.foreignKeys(), List.of(), indexes);
    }
}
