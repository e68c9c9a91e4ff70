package dev.dbmirror.schema.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dbmirror.schema.io.MirrorWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each schema of the corpus imports to exactly the mirror that dbmirror's pull wrote of a
 * PostgreSQL on which Prisma's own DDL for that schema ran ({@code expected/tables.json}, made by
 * {@code cli/src/test/prisma-oracle/make-expected.sh}).
 */
class PrismaCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/prisma/corpus");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void importEqualsThePulledDatabaseByteForByte(String name) throws Exception {
        Path dir = CORPUS.resolve(name);
        Path schema = Files.exists(dir.resolve("schema.prisma")) ? dir.resolve("schema.prisma") : dir.resolve("schema");
        String expected = Files.readString(dir.resolve("expected/tables.json"), StandardCharsets.UTF_8);

        String imported = MirrorWriter.write(PrismaImport.fromPath(schema));

        assertEquals(expected, imported);
    }
}
