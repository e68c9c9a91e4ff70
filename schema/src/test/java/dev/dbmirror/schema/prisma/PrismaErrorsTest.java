package dev.dbmirror.schema.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad schemas: one line per problem, {@code file:line:column: what is wrong; the fix}. */
class PrismaErrorsTest {

    private static final String DATASOURCE = """
            datasource db {
              provider = "postgresql"
              url      = env("DATABASE_URL")
            }
            """;

    private static String errors(String schema) {
        PrismaException e = assertThrows(PrismaException.class,
                () -> PrismaImport.fromSources(List.of(new SchemaSource("schema.prisma", schema))));
        return e.getMessage();
    }

    @Test
    void unknownTypeWithSuggestion() {
        assertEquals("schema.prisma:8:8: unknown type \"Strin\" for field User.name (did you mean \"String\"?);"
                + " use a scalar type (String, Int, BigInt, Float, Decimal, Boolean, DateTime, Json, Bytes),"
                + " Unsupported(\"…\"), or an enum, model or view of the schema", errors(DATASOURCE + """

                model User {
                  id   Int   @id
                  name Strin
                }
                """));
    }

    @Test
    void relationWithoutOppositeField() {
        assertEquals("schema.prisma:13:3: relation field Post.author points to model User, which has no field back"
                + " to Post; add the opposite relation field to User, e.g. posts Post[]", errors(DATASOURCE + """

                model User {
                  id Int @id
                }

                model Post {
                  id       Int  @id
                  authorId Int
                  author   User @relation(fields: [authorId], references: [id])
                }
                """));
    }

    @Test
    void syntaxError() {
        assertEquals("schema.prisma:7:20: expected , or ) in the arguments opened at line 7, found \"]\"",
                errors(DATASOURCE + """

                model User {
                  id Int @default(1]) @id
                }
                """));
    }

    @Test
    void fieldWithoutType() {
        assertEquals("schema.prisma:7:7: field \"name\" has no type, found the end of the line; write its type after"
                + " the name, e.g. name String", errors(DATASOURCE + """

                model User {
                  name
                }
                """));
    }

    @Test
    void unclosedString() {
        assertEquals("schema.prisma:2:14: the string is not closed; end it with \" on the same line", errors("""
                datasource db {
                  provider = "postgresql
                }
                """));
    }

    @Test
    void otherProviderIsNamed() {
        assertEquals("schema.prisma:2:14: datasource db uses provider \"mysql\"; import-prisma reads schemas for"
                + " PostgreSQL only (provider = \"postgresql\")", errors("""
                datasource db {
                  provider = "mysql"
                  url      = env("DATABASE_URL")
                }
                """));
    }

    @Test
    void noDatasource() {
        assertEquals("schema.prisma:1:1: the schema has no datasource block; add datasource db {"
                + " provider = \"postgresql\" url = env(\"DATABASE_URL\") }", errors("model A {\n  id Int @id\n}\n"));
    }

    @Test
    void nativeTypeOfAnotherScalar() {
        assertEquals("schema.prisma:8:11: @db.VarChar is a type for String fields, not for Int (field A.n);"
                + " use one of @db.Integer, @db.SmallInt, @db.Oid, or change the field's type to String",
                errors(DATASOURCE + """

                model A {
                  id Int @id
                  n  Int @db.VarChar(3)
                }
                """.replace("  n  Int @db", "  n  Int  @db")));
    }

    @Test
    void unknownNativeTypeAndUnknownEnumValueAreBothReported() {
        assertEquals("""
                schema.prisma:8:13: unknown native type @db.Varchar on field A.s (did you mean @db.VarChar?); \
                PostgreSQL types for String are @db.Text, @db.Char, @db.VarChar, @db.Bit, @db.VarBit, @db.Uuid, \
                @db.Xml, @db.Inet, @db.Citext
                schema.prisma:9:22: LOUD is not a value of the enum of field A.l; use one of QUIET, NORMAL""",
                errors(DATASOURCE + """

                model A {
                  id Int    @id
                  s  String @db.Varchar(3)
                  l  Volume @default(LOUD)
                }

                enum Volume {
                  QUIET
                  NORMAL
                }
                """));
    }

    @Test
    void ambiguousRelation() {
        assertEquals("schema.prisma:16:3: ambiguous relation: 3 fields relate User and Post without a relation name"
                + " (User.posts, Post.author, Post.editor); give each pair of opposite fields its own name,"
                + " @relation(\"…\") on both sides", errors(DATASOURCE + """

                model User {
                  id    Int    @id
                  posts Post[]
                }

                model Post {
                  id       Int  @id
                  authorId Int
                  editorId Int
                  author   User @relation(fields: [authorId], references: [id])
                  editor   User @relation(fields: [editorId], references: [id])
                }
                """));
    }

    @Test
    void modelWithoutIdentity() {
        assertEquals("schema.prisma:6:7: model Log has no @id, @@id or @unique; Prisma needs one to identify rows,"
                + " add @id to a field or @@id([…])", errors(DATASOURCE + """

                model Log {
                  line String
                }
                """));
    }

    @Test
    void compositeTypesAreMongoOnly() {
        assertEquals("schema.prisma:6:1: type Address: composite types exist only for MongoDB; on PostgreSQL make it"
                + " a model with a relation, or a Json field", errors(DATASOURCE + """

                type Address {
                  street String
                }
                """));
    }

    @Test
    void duplicateConstraintName() {
        assertEquals("schema.prisma:9:3: the constraint name \"A_b_key\" is used twice in A (also at schema.prisma:8:10);"
                + " give one of them another name with map: \"…\"", errors(DATASOURCE + """

                model A {
                  id Int @id
                  b  Int @unique
                  @@unique([b])
                }
                """));
    }

    @Test
    void missingSchemaAttributeWithMultiSchema() {
        assertEquals("schema.prisma:7:7: A has no @@schema, and the datasource lists schemas; add @@schema(\"app\")"
                + " (one of app, audit)", errors("""
                datasource db {
                  provider = "postgresql"
                  url      = env("DATABASE_URL")
                  schemas  = ["app", "audit"]
                }

                model A {
                  id Int @id
                }
                """));
    }

    @Test
    void decimalTakesTwoArgumentsOrNone() {
        assertEquals("schema.prisma:9:14: @db.Decimal takes no arguments or two (field A.d); write @db.Decimal(10, 2)",
                errors(DATASOURCE + """

                model A {
                  id Int     @id
                  d  Decimal @db.Decimal(10)
                }
                """.replace("  id Int     @id\n", "  id Int     @id\n\n")));
    }
}
