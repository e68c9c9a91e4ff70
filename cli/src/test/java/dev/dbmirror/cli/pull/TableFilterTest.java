package dev.dbmirror.cli.pull;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableFilterTest {

    @Test
    void leavesOutTheHistoryTablesOfMigrationTools() {
        TableFilter filter = TableFilter.all();
        assertFalse(filter.keeps("public", "flyway_schema_history"));
        assertFalse(filter.keeps("app", "databasechangelog"));
        assertFalse(filter.keeps("app", "databasechangeloglock"));
        assertFalse(filter.keeps("public", "_prisma_migrations"));
        assertTrue(filter.keeps("public", "flyway_schema"));
        assertTrue(filter.keeps("public", "customers"));
    }

    @Test
    void anIncludeThatMatchesAHistoryTableBringsItIn() {
        assertTrue(new TableFilter(List.of("flyway_*"), List.of()).keeps("public", "flyway_schema_history"));
        assertTrue(new TableFilter(List.of("*"), List.of()).keeps("public", "_prisma_migrations"));
        assertFalse(new TableFilter(List.of("order*"), List.of()).keeps("public", "flyway_schema_history"));
        assertFalse(new TableFilter(List.of("flyway_*"), List.of("*_history")).keeps("public", "flyway_schema_history"));
    }
}
