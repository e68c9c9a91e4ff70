package dev.dbmirror.cli.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.dbmirror.cli.support.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import-prisma through the command line: output, exit codes, an untouched mirror on error. */
class ImportPrismaCommandTest {

    private static final String SCHEMA = """
            datasource db {
              provider = "postgresql"
              url      = env("DATABASE_URL")
            }

            /// A person.
            model User {
              id    Int    @id @default(autoincrement())
              email String @unique @db.VarChar(320)
              posts Post[]

              @@map("users")
            }

            model Post {
              id       BigInt @id @default(autoincrement())
              authorId Int    @map("author_id")
              author   User   @relation(fields: [authorId], references: [id])

              @@map("posts")
            }
            """;

    @TempDir
    Path dir;

    @Test
    void writesTheMirrorThenLeavesItUnchanged() throws Exception {
        Path schema = write("schema.prisma", SCHEMA);
        Path mirror = dir.resolve("db/schema/tables.json");

        Cli.Result first = Cli.with(dir).run("import-prisma", schema.toString(), "--mirror", mirror.toString());
        assertEquals(0, first.exitCode(), first::toString);
        assertEquals("wrote " + mirror + ": 2 relations, 0 enums, 0 domains from " + schema + "\n", first.out());
        String text = Files.readString(mirror, StandardCharsets.UTF_8);
        assertEquals(true, text.contains("\"default\": \"nextval('users_id_seq'::regclass)\""), text);
        assertEquals(true, text.contains("\"definition\": \"CREATE UNIQUE INDEX \\\"users_email_key\\\" ON public.users"
                .replace("\\\"users_email_key\\\"", "users_email_key")), text);

        Cli.Result again = Cli.with(dir).run("import-prisma", schema.toString(), "--mirror", mirror.toString(), "--quiet");
        assertEquals(0, again.exitCode(), again::toString);
        assertEquals("", again.out());
    }

    @Test
    void anErrorNamesFileLineAndColumnAndLeavesTheMirrorAsItWas() throws Exception {
        Path schema = write("schema.prisma", SCHEMA.replace("authorId Int    @map", "authorId Itn    @map"));
        Path mirror = write("tables.json", "{\"format\": 1}\n");
        byte[] before = Files.readAllBytes(mirror);

        Cli.Result result = Cli.with(dir).run("import-prisma", schema.toString(), "--mirror", mirror.toString());

        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("", result.out());
        assertEquals("dbmirror: error: " + schema + ":17:12: unknown type \"Itn\" for field Post.authorId (did you mean"
                + " \"Int\"?); use a scalar type (String, Int, BigInt, Float, Decimal, Boolean, DateTime, Json, Bytes),"
                + " Unsupported(\"…\"), or an enum, model or view of the schema\n", result.err());
        assertArrayEquals(before, Files.readAllBytes(mirror));
    }

    @Test
    void aMissingSchemaIsOneLine() {
        Path missing = dir.resolve("prisma/nothing.prisma");
        Cli.Result result = Cli.with(dir).run("import-prisma", missing.toString(), "--mirror", dir.resolve("t.json").toString());

        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("dbmirror: error: " + missing + ": no such file or folder; pass the path of schema.prisma or of a"
                + " folder of .prisma files\n", result.err());
        assertFalse(Files.exists(dir.resolve("t.json")));
    }

    @Test
    void aFolderOfSchemaFilesIsOneSchema() throws Exception {
        Path folder = dir.resolve("prisma/schema");
        Files.createDirectories(folder.resolve("models"));
        Files.writeString(folder.resolve("main.prisma"), SCHEMA.substring(0, SCHEMA.indexOf("/// A person.")));
        Files.writeString(folder.resolve("models/user.prisma"), SCHEMA.substring(SCHEMA.indexOf("/// A person."),
                SCHEMA.indexOf("model Post")));
        Files.writeString(folder.resolve("models/post.prisma"), SCHEMA.substring(SCHEMA.indexOf("model Post")));
        Path fromFolder = dir.resolve("folder.json");
        Path fromFile = dir.resolve("file.json");

        assertEquals(0, Cli.with(dir).run("import-prisma", folder.toString(), "--mirror", fromFolder.toString()).exitCode());
        assertEquals(0, Cli.with(dir).run("import-prisma", write("one.prisma", SCHEMA).toString(),
                "--mirror", fromFile.toString()).exitCode());
        assertArrayEquals(Files.readAllBytes(fromFile), Files.readAllBytes(fromFolder));
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
