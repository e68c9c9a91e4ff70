package dev.dbmirror.schema.shorthand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dbmirror.schema.Fixtures;
import dev.dbmirror.schema.io.MirrorWriter;
import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.EnumType;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.ReferentialAction;
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
    private static final String TYPES = "uuid, string, string(n), text, bool, smallint, int, bigint, decimal, decimal(p,s),"
            + " float, double, date, time, timestamp, timestamptz, interval, bytes, json";
    private static final String TYPE_HELP = "use one of " + TYPES + ", an enum (app.plan), each optionally followed by []"
            + " for an array";
    private static final String FLAG_HELP = "use pk, unique, ? (nullable), =default, fk>table.column or ondelete=ACTION";

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
        assertEquals(List.of(new ShorthandReference("c", "other", "t", "id", ReferentialAction.NO_ACTION),
                new ShorthandReference("d", null, "t", "id", ReferentialAction.NO_ACTION)),
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
                Arguments.of("", "item 1 \"\" (at character 1): no columns given; write name:type items separated by commas, e.g. id:uuid:pk,email:string:unique"),
                Arguments.of("id:uuid:pk,email:strin:unique", "item 2 \"email:strin:unique\" (at character 18): unknown type"
                        + " \"strin\" (did you mean \"string\"?); " + TYPE_HELP),
                Arguments.of("a:varchar", "item 1 \"a:varchar\" (at character 3): unknown type \"varchar\"; " + TYPE_HELP),
                Arguments.of("id:uuid:pk,,x:int", "item 2 \"\" (at character 12): empty item; remove the extra comma"),
                Arguments.of("id:int=abc(:pk,name:text", "item 1 \"id:int=abc(:pk,name:text\" (at character 11): \"(\" is"
                        + " never closed, so the rest of the list was read as part of this item; close it, e.g. =now()"),
                Arguments.of("id:int:pk,a:text='x:unique,b:int", "item 2 \"a:text='x:unique,b:int\" (at character 18):"
                        + " \"'\" is never closed, so the rest of the list was read as part of this item; close it, e.g. ='new'"),
                Arguments.of("id,name:text", "item 1 \"id\" (at character 1): no type; write name:type, e.g. id:string"),
                Arguments.of("a:", "item 1 \"a:\" (at character 3): no type; write name:type, e.g. id:uuid"),
                Arguments.of(":uuid", "item 1 \":uuid\" (at character 1): no column name; write name:type, e.g. id:uuid"),
                Arguments.of("1a:int", "item 1 \"1a:int\" (at character 1): invalid column name \"1a\"; use letters, digits"
                        + " and _, not starting with a digit"),
                Arguments.of("a:int, a:text", "item 2 \"a:text\" (at character 8): duplicate column \"a\" (first in item 1);"
                        + " give each column its own name"),
                Arguments.of("a:int:pk:null", "item 1 \"a:int:pk:null\" (at character 1): a primary key column cannot be"
                        + " nullable; drop \"null\" or \"pk\""),
                Arguments.of("a:int?:pk", "item 1 \"a:int?:pk\" (at character 1): a primary key column cannot be"
                        + " nullable; drop \"?\" or \"pk\""),
                Arguments.of("a:int:pk:unique", "item 1 \"a:int:pk:unique\" (at character 1): a primary key column is unique"
                        + " already; drop \"unique\""),
                Arguments.of("a:int:uniq", "item 1 \"a:int:uniq\" (at character 7): unknown flag \"uniq\" (did you mean"
                        + " \"unique\"?); " + FLAG_HELP),
                Arguments.of("a:int:ref", "item 1 \"a:int:ref\" (at character 7): unknown flag \"ref\" (did you mean"
                        + " \"ref=\"?); " + FLAG_HELP),
                Arguments.of("a:int:pk:pk", "item 1 \"a:int:pk:pk\" (at character 10): pk given twice (\"pk\"); write it once"),
                Arguments.of("a:int:", "item 1 \"a:int:\" (at character 7): empty flag; remove the extra \":\" or write a"
                        + " flag (" + FLAG_HELP + ")"),
                Arguments.of("a:int:ref=x", "item 1 \"a:int:ref=x\" (at character 7): \"ref=x\" does not name a column;"
                        + " write ref=table.column or ref=schema.table.column, e.g. ref=customers.id"),
                Arguments.of("a:int:ref=a.b.c.d", "item 1 \"a:int:ref=a.b.c.d\" (at character 7): \"ref=a.b.c.d\" does not"
                        + " name a column; write ref=table.column or ref=schema.table.column, e.g. ref=customers.id"),
                Arguments.of("a:Plan", "item 1 \"a:Plan\" (at character 3): unknown type \"Plan\" (did you mean \"plan\"?); "
                        + TYPE_HELP));
    }

    @ParameterizedTest
    @MethodSource({"badItems", "badExtendedItems"})
    void eachBadItemIsNamedWithItsPositionAndFix(String spec, String expected) {
        assertEquals(expected, assertThrows(ShorthandException.class, () -> Shorthand.parse(spec, PLAN)).getMessage());
    }

    @Test
    void anEnumDefaultIsOneOfItsLabels() throws Exception {
        assertEquals("'pro'", Shorthand.parse("a:plan='pro'", PLAN).toTable("app", "t").columns().get(0).defaultValue());
    }

    @Test
    void everyBadItemIsReportedAtOnce() {
        ShorthandException e = assertThrows(ShorthandException.class,
                () -> Shorthand.parse("id:uuid:pk,email:strin,id:int,ok:text,x:int:nul"));
        assertEquals(List.of(
                new ShorthandProblem(2, "email:strin", 18, "unknown type \"strin\" (did you mean \"string\"?); use one of "
                        + TYPES + ", each optionally followed by [] for an array"),
                new ShorthandProblem(3, "id:int", 24, "duplicate column \"id\" (first in item 1); give each column its own name"),
                new ShorthandProblem(5, "x:int:nul", 45, "unknown flag \"nul\" (did you mean \"null\"?); " + FLAG_HELP)),
                e.problems());
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

    /** The extended items: ? and =default after the type or as flags, fk> with ondelete=, modifiers, quotes and casts. */
    @Test
    void nullableDefaultsForeignKeysAndModifiers() throws Exception {
        ShorthandColumns parsed = Shorthand.parse("id:int:pk, price:decimal(12,2)=0, name:string(80)?, "
                + "note:text:?:='a, b: c', owner:int?:fk>app.users.id:ondelete=set-null, at:timestamptz=now()::timestamptz, "
                + "flag:bool:=true, kind:plan='free'", PLAN);
        assertEquals(List.of(
                new Column("id", "int", false, null, null, null, null),
                new Column("price", "decimal(12,2)", false, "0", null, null, null),
                new Column("name", "string(80)", true, null, null, null, null),
                new Column("note", "text", true, "'a, b: c'", null, null, null),
                new Column("owner", "int", true, null, null, null, null),
                new Column("at", "timestamptz", false, "now()::timestamptz", null, null, null),
                new Column("flag", "boolean", false, "true", null, null, null)),
                parsed.columns().subList(0, 7));
        assertEquals(List.of(new ShorthandReference("owner", "app", "users", "id", ReferentialAction.SET_NULL)),
                parsed.references());
    }

    static Stream<Arguments> badExtendedItems() {
        return Stream.of(
                Arguments.of("a:plan='fre'", "item 1 \"a:plan='fre'\" (at character 8): 'fre' is not a label of app.plan"
                        + " (did you mean \"free\"?); use one of free, pro"),
                Arguments.of("a:decimal(0,2)", "item 1 \"a:decimal(0,2)\" (at character 3): decimal(p,s) takes a precision p"
                        + " from 1 to 1000 and a scale s from 0 to p, e.g. decimal(12,2)"),
                Arguments.of("a:decimal(4,5)", "item 1 \"a:decimal(4,5)\" (at character 3): decimal(p,s) takes a precision p"
                        + " from 1 to 1000 and a scale s from 0 to p, e.g. decimal(12,2)"),
                Arguments.of("a:string(1,2)", "item 1 \"a:string(1,2)\" (at character 3): string(n) takes one length from 1"
                        + " to 10485760, e.g. string(80)"),
                Arguments.of("a:int(4)", "item 1 \"a:int(4)\" (at character 3): int takes no length or precision; write int"),
                Arguments.of("a:decimal(x)", "item 1 \"a:decimal(x)\" (at character 3): \"decimal(x)\" is not a type;"
                        + " write decimal(n) or decimal(p,s) with whole numbers"),
                Arguments.of("a:int=", "item 1 \"a:int=\" (at character 7): empty default; write =expression, e.g. =0, =now()"
                        + " or ='new'"),
                Arguments.of("a:int=1:=2", "item 1 \"a:int=1:=2\" (at character 9): default given twice (\"=2\"); write it once"),
                Arguments.of("a:int?:?", "item 1 \"a:int?:?\" (at character 8): nullable given twice (\"?\"); write it once"),
                Arguments.of("a:int:ondelete=cascade", "item 1 \"a:int:ondelete=cascade\" (at character 7): ondelete= belongs"
                        + " to a foreign key; add fk>table.column to this item or drop it"),
                Arguments.of("a:int:fk>t.id:ondelete=set-null", "item 1 \"a:int:fk>t.id:ondelete=set-null\" (at character"
                        + " 15): ondelete=set-null needs a nullable column; write its type with ?, e.g. uuid?"),
                Arguments.of("a:int:fk>t.id:ondelete=cascde", "item 1 \"a:int:fk>t.id:ondelete=cascde\" (at character 15):"
                        + " unknown action \"cascde\" (did you mean \"cascade\"?); use no-action, restrict, cascade, set-null,"
                        + " set-default"),
                Arguments.of("a:int:fk>t", "item 1 \"a:int:fk>t\" (at character 7): \"fk>t\" does not name a column; write"
                        + " fk>table.column or fk>schema.table.column, e.g. fk>customers.id"));
    }

}
