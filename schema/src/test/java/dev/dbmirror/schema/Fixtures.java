package dev.dbmirror.schema;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dbmirror.schema.io.MirrorException;
import dev.dbmirror.schema.io.Mirrors;
import dev.dbmirror.schema.model.Mirror;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test resources and the one-line helpers every test of the module uses. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A test resource's text, e.g. {@code mirrors/shop.json}. */
    public static String text(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test resource read and validated as a mirror. */
    public static Mirror mirror(String resource) throws MirrorException {
        return Mirrors.parse(text(resource), resource);
    }

    /** The message of the exception that loading {@code json} as {@code t.json} throws. */
    public static String problems(String json) {
        return assertThrows(MirrorException.class, () -> Mirrors.parse(json, "t.json")).getMessage();
    }
}
