package dev.dbmirror.schema.io;

import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.validate.MirrorValidator;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** The front door of the schema module: load a mirror (read + validate), or write one canonically and atomically. */
public final class Mirrors {

    private Mirrors() {
    }

    /**
     * Reads and validates a mirror file.
     *
     * @throws MirrorException every problem found, located as {@code file:line:column: path: message}
     */
    public static Mirror load(Path file) throws MirrorException {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new MirrorException(name, List.of(MirrorProblem.at("",
                    "file not found; run `dbmirror pull` to create the mirror or fix the path")));
        } catch (IOException e) {
            throw new MirrorException(name, List.of(MirrorProblem.at("", "cannot read the file: " + e.getMessage())));
        }
        return read(bytes, name).mirror();
    }

    /** Reads and validates mirror text; {@code fileName} is only used in messages. */
    public static Mirror parse(String text, String fileName) throws MirrorException {
        return readText(text, fileName).mirror();
    }

    /**
     * Reads and validates the bytes of a mirror file (strict UTF-8), keeping the positions of its
     * values so that later problems (found by a code generator, say) can be located too.
     */
    public static MirrorReader.Result read(byte[] bytes, String fileName) throws MirrorException {
        return readText(decode(bytes, fileName), fileName);
    }

    private static MirrorReader.Result readText(String text, String fileName) throws MirrorException {
        MirrorReader.Result read = MirrorReader.read(text, fileName);
        List<MirrorProblem> problems = MirrorValidator.validate(read.mirror()).stream()
                .map(violation -> read.positions().locate(MirrorProblem.at(violation.path(), violation.message())))
                .toList();
        if (!problems.isEmpty()) {
            throw new MirrorException(fileName, problems);
        }
        return read;
    }

    /**
     * Writes the canonical text of {@code mirror} to {@code file} atomically, unless the file already
     * holds exactly that text. Returns whether it wrote.
     */
    public static boolean save(Mirror mirror, Path file) throws IOException {
        return AtomicFiles.write(file, MirrorWriter.write(mirror).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The {@code source.schemas} of a mirror file, read without parsing the rest of it; empty when the
     * file is missing, unreadable or names none.
     */
    public static List<String> schemasOf(Path file) {
        return MirrorSchemas.of(file);
    }

    private static String decode(byte[] bytes, String name) throws MirrorException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MirrorException(name, List.of(MirrorProblem.at("",
                    "the file is not valid UTF-8; a mirror is always UTF-8, pull it again")));
        }
    }
}
