package dev.dbmirror.schema.shorthand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dbmirror.schema.Fixtures;
import dev.dbmirror.schema.io.MirrorWriter;
import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.EnumType;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Source;
import dev.dbmirror.schema.model.Table;
import dev.dbmirror.schema.validate.MirrorValidator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ShorthandTest {

    private static final List<EnumType> PLAN = List.of(new EnumType("app", "plan", List.of("free", "pro"), null));
    private static final String TYPE_HELP = "use one of uuid, string, text, boolean, smallint, int, bigint, decimal, float,"
            + " double, date, time, timestamp, timestamptz, interval, bytes, json, an enum (app.plan), each optionally"
            + " followed by [] for an array";

    @Test
    void theDesignExampleGivesNotNullColumnsAPrimaryKeyAndAUnique() throws Exception {
        ShorthandColumns parsed = Shorthand.parse("id:uuid:pk,email:string:unique,created_at:timestamptz,bio:text:null");
        assertEquals(List.of(
                new Column("id", "uuid", false, null, null, null, null),
                new Column("email", "string", false, null, null, null, null),
                new Column("created_at", "timestamptz", false, null, null, null, null),
                new Column("bio", "text", true, null, null, null, null)), parsed.columns());
        assertEquals(List.of("id"), parsed.primaryKey());
        assertEquals(List.of("email"), parsed.uniques());
        assertEquals(List.of(), parsed.references());
    }

    @Test
    void enumsArraysReferencesAndBlanks() throws Exception {
        ShorthandColumns parsed = Shorthand.parse(
                " a : app.plan[] : null , b:plan , c:int[][]:ref=other.t.id , d:bigint:ref=t.id ", PLAN);
        assertEquals(List.of("app.plan[]", "app.plan", "int[][]", "bigint"),
                parsed.columns().stream().map(Column::type).toList());
        assertEquals(List.of(new ShorthandReference("c", "other", "t", "id"), new ShorthandReference("d", null, "t", "id")),
                parsed.references());
    }

    /** Two tables written with the shorthand make a valid generic mirror, byte for byte the fixture. */
    @Test
    void tablesBuiltFromShorthandMakeTheGenericMirror() throws Exception {
        Table accounts = Shorthand.parse("id:uuid:pk,email:string:unique,plan:plan,created_at:timestamptz,bio:text:null", PLAN)
                .toTable("app", "accounts");
        Table sessions = Shorthand.parse("account_id:uuid:pk:ref=accounts.id,started_at:timestamp:pk,token:bytes,"
                + "tags:string[]:null,meta:json:null,score:decimal:null", PLAN).toTable("app", "sessions");
        Mirror mirror = new Mirror(Mirror.FORMAT, new Source(Source.GENERIC, null, List.of("app")), PLAN, List.of(),
                List.of(sessions, accounts));
        assertEquals(List.of(), MirrorValidator.validate(mirror));
        assertEquals(Fixtures.text("mirrors/generic.json"), MirrorWriter.write(mirror));
    }

    static Stream<Arguments> badItems() {
        return Stream.of(
                Arguments.of("", "no columns given; write name:type items separated by commas, e.g. id:uuid:pk,email:string:unique"),
                Arguments.of("id:uuid:pk,email:strin:unique", "item 2 \"email:strin:unique\" (at character 18): unknown type"
                        + " \"strin\" (did you mean \"string\"?); " + TYPE_HELP),
                Arguments.of("a:varchar", "item 1 \"a:varchar\" (at character 3): unknown type \"varchar\"; " + TYPE_HELP),
                Arguments.of("id:uuid:pk,,x:int", "item 2 \"\" (at character 12): empty item; remove the extra comma"),
                Arguments.of("id,name:text", "item 1 \"id\" (at character 1): no type; write name:type, e.g. id:string"),
                Arguments.of("a:", "item 1 \"a:\" (at character 3): no type; write name:type, e.g. id:uuid"),
                Arguments.of(":uuid", "item 1 \":uuid\" (at character 1): no column name; write name:type, e.g. id:uuid"),
                Arguments.of("1a:int", "item 1 \"1a:int\" (at character 1): invalid column name \"1a\"; use letters, digits"
                        + " and _, not starting with a digit"),
                Arguments.of("a:int, a:text", "item 2 \"a:text\" (at character 8): duplicate column \"a\" (first in item 1);"
                        + " give each column its own name"),
                Arguments.of("a:int:pk:null", "item 1 \"a:int:pk:null\" (at character 1): a primary key column cannot be null;"
                        + " drop \"null\" or \"pk\""),
                Arguments.of("a:int:pk:unique", "item 1 \"a:int:pk:unique\" (at character 1): a primary key column is unique"
                        + " already; drop \"unique\""),
                Arguments.of("a:int:uniq", "item 1 \"a:int:uniq\" (at character 7): unknown flag \"uniq\" (did you mean"
                        + " \"unique\"?); use pk, unique, null or ref=table.column"),
                Arguments.of("a:int:ref", "item 1 \"a:int:ref\" (at character 7): unknown flag \"ref\" (did you mean"
                        + " \"ref=\"?); use pk, unique, null or ref=table.column"),
                Arguments.of("a:int:pk:pk", "item 1 \"a:int:pk:pk\" (at character 10): flag \"pk\" given twice; write it once"),
                Arguments.of("a:int:", "item 1 \"a:int:\" (at character 7): empty flag; remove the extra \":\" or write a"
                        + " flag (use pk, unique, null or ref=table.column)"),
                Arguments.of("a:int:ref=x", "item 1 \"a:int:ref=x\" (at character 7): \"ref=x\" does not name a column;"
                        + " write ref=table.column or ref=schema.table.column, e.g. ref=customers.id"),
                Arguments.of("a:int:ref=a.b.c.d", "item 1 \"a:int:ref=a.b.c.d\" (at character 7): \"ref=a.b.c.d\" does not"
                        + " name a column; write ref=table.column or ref=schema.table.column, e.g. ref=customers.id"),
                Arguments.of("a:Plan", "item 1 \"a:Plan\" (at character 3): unknown type \"Plan\" (did you mean \"plan\"?); "
                        + TYPE_HELP));
    }

    @ParameterizedTest
    @MethodSource("badItems")
    void eachBadItemIsNamedWithItsPositionAndFix(String spec, String expected) {
        assertEquals(expected, assertThrows(ShorthandException.class, () -> Shorthand.parse(spec, PLAN)).getMessage());
    }

    @Test
    void everyBadItemIsReportedAtOnce() {
        ShorthandException e = assertThrows(ShorthandException.class,
                () -> Shorthand.parse("id:uuid:pk,email:strin,id:int,ok:text,x:int:nul"));
        assertEquals(List.of(
                new ShorthandProblem(2, "email:strin", 18, "unknown type \"strin\" (did you mean \"string\"?); use one of"
                        + " uuid, string, text, boolean, smallint, int, bigint, decimal, float, double, date, time, timestamp,"
                        + " timestamptz, interval, bytes, json, each optionally followed by [] for an array"),
                new ShorthandProblem(3, "id:int", 24, "duplicate column \"id\" (first in item 1); give each column its own name"),
                new ShorthandProblem(5, "x:int:nul", 45, "unknown flag \"nul\" (did you mean \"null\"?); use pk, unique,"
                        + " null or ref=table.column")), e.problems());
        assertEquals(0, e.getStackTrace().length);
    }

    @Test
    void anEnumNameInSeveralSchemasMustBeQualified() {
        List<EnumType> enums = List.of(new EnumType("a", "state", List.of("x"), null),
                new EnumType("b", "state", List.of("y"), null));
        assertEquals("item 1 \"s:state\" (at character 3): enum \"state\" is in several schemas (a, b); write it with its"
                + " schema, e.g. a.state", assertThrows(ShorthandException.class, () -> Shorthand.parse("s:state", enums))
                .getMessage());
    }
}
