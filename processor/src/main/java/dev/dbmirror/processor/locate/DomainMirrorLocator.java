package dev.dbmirror.processor.locate;

import dev.dbmirror.processor.diagnostics.Message;
import dev.dbmirror.processor.diagnostics.Reporter;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the mirror of a domain package that a {@code @JdbcAdapters} package implements and that this javac run
 * did not generate: its compile left it in the class output (same module, compiled before) or on the class path
 * (another module).
 */
public final class DomainMirrorLocator {

    private static final StandardLocation[] LOCATIONS = {StandardLocation.CLASS_OUTPUT, StandardLocation.CLASS_PATH};

    private DomainMirrorLocator() {
    }

    public static Optional<ExportedMirror> locate(String domainPackage, Filer filer, Reporter reporter) {
        for (StandardLocation location : LOCATIONS) {
            Optional<FileObject> mirror = resource(filer, location, ExportedMirror.mirrorPath(domainPackage));
            if (mirror.isPresent()) {
                Optional<byte[]> bytes = read(mirror.get());
                if (bytes.isPresent()) {
                    byte[] options = resource(filer, location, ExportedMirror.optionsPath(domainPackage))
                            .flatMap(DomainMirrorLocator::read)
                            .orElse(new byte[0]);
                    return Optional.of(new ExportedMirror(mirror.get().toUri().toString(), bytes.get(),
                            ExportedMirror.parseOptions(options)));
                }
            }
        }
        reporter.report(Message.DOMAIN_MIRROR_NOT_FOUND, domainPackage, ExportedMirror.mirrorPath(domainPackage));
        return Optional.empty();
    }

    private static Optional<FileObject> resource(Filer filer, StandardLocation location, String path) {
        try {
            return Optional.of(filer.getResource(location, "", path));
        } catch (IOException | IllegalArgumentException | IllegalStateException notThere) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> read(FileObject file) {
        try (InputStream in = file.openInputStream()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException | IllegalStateException notThere) {
            return Optional.empty();
        }
    }
}
