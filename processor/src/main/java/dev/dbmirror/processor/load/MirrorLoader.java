package dev.dbmirror.processor.load;

import dev.dbmirror.processor.diagnostics.Message;
import dev.dbmirror.processor.diagnostics.Position;
import dev.dbmirror.processor.diagnostics.Reporter;
import dev.dbmirror.processor.locate.FoundMirror;
import dev.dbmirror.schema.io.MirrorException;
import dev.dbmirror.schema.io.MirrorProblem;
import dev.dbmirror.schema.io.MirrorReader;
import dev.dbmirror.schema.io.Mirrors;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Reads and validates the mirror with the schema module; each of its problems becomes one error. */
public final class MirrorLoader {

    private MirrorLoader() {
    }

    public static Optional<LoadedMirror> load(FoundMirror found, Reporter reporter) {
        String fileName = found.displayName();
        try {
            MirrorReader.Result read = Mirrors.read(found.bytes(), fileName);
            return Optional.of(new LoadedMirror(fileName, read.mirror(), read.positions(), sha256(found.bytes())));
        } catch (MirrorException e) {
            for (MirrorProblem problem : e.problems()) {
                Position where = new Position(fileName, problem.line(), problem.column(), problem.path());
                reporter.report(Message.MIRROR_INVALID, where, problem.message());
            }
            return Optional.empty();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
