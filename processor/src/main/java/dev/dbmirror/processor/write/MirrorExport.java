package dev.dbmirror.processor.write;

import dev.dbmirror.processor.diagnostics.Message;
import dev.dbmirror.processor.diagnostics.Reporter;
import dev.dbmirror.processor.locate.ExportedMirror;
import java.io.IOException;
import java.io.OutputStream;
import javax.annotation.processing.Filer;
import javax.lang.model.element.PackageElement;
import javax.tools.StandardLocation;

/**
 * Puts a domain package's mirror and its options into the class output, so that they travel in the domain's
 * jar to the module whose {@code @JdbcAdapters} package implements its repositories.
 */
public final class MirrorExport {

    private MirrorExport() {
    }

    public static void write(String domainPackage, ExportedMirror mirror, PackageElement origin, Filer filer,
                             Reporter reporter) {
        String current = ExportedMirror.mirrorPath(domainPackage);
        try {
            write(filer, current, mirror.mirror(), origin);
            current = ExportedMirror.optionsPath(domainPackage);
            write(filer, current, mirror.optionsFile(), origin);
        } catch (IOException e) {
            reporter.report(Message.WRITE_FAILED, current, e.toString());
        }
    }

    private static void write(Filer filer, String path, byte[] bytes, PackageElement origin) throws IOException {
        try (OutputStream out = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origin).openOutputStream()) {
            out.write(bytes);
        }
    }
}
