package dev.dbmirror.schema.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlSyntaxTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "orders|orders",
        "order_lines2|order_lines2",
        "_x$y|_x$y",
        "Orders|\"Orders\"",
        "order lines|\"order lines\"",
        "a\"b|\"a\"\"b\"",
        "1st|\"1st\"",
        "select|\"select\"",
        "user|\"user\"",
        "time|\"time\"",
        "name|name",
        "ä|\"ä\"",
    })
    void aNameIsQuotedOnlyWhenPostgresqlWouldReadItOtherwise(String name, String sql) {
        assertEquals(sql, SqlSyntax.identifier(name));
    }

    @Test
    void literalsDoubleTheirQuotesAndKeepBackslashes() {
        assertEquals("'it''s \\ \"done\"'", SqlSyntax.literal("it's \\ \"done\""));
    }

    @Test
    void namesAsPostgresqlPrintsThemAreReadBack() {
        assertEquals(List.of("orders_id_seq"), SqlSyntax.parseName("orders_id_seq"));
        assertEquals(List.of("billing", "Odd \"Seq\""), SqlSyntax.parseName("billing.\"Odd \"\"Seq\"\"\""));
        assertNull(SqlSyntax.parseName("Orders"), "an unquoted name is lower case");
        assertNull(SqlSyntax.parseName("a..b"));
        assertNull(SqlSyntax.parseName("\"open"));
    }

    @Test
    void commentTextCannotBreakTheLine() {
        assertEquals("a DROP TABLE x; -- b", SqlSyntax.commentText("a\nDROP TABLE x; --\rb"));
    }
}
