package dev.dbmirror.processor.locate;

import dev.dbmirror.processor.diagnostics.Message;
import dev.dbmirror.processor.diagnostics.Position;
import dev.dbmirror.processor.diagnostics.Reporter;
import dev.dbmirror.processor.options.ProcessorOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * Finds the mirror, in this order (the first hit wins):
 * <ol>
 *   <li>{@code -Adbmirror.mirror} (relative to {@code -Adbmirror.basedir}, else to the working directory);
 *       when given, nothing else is tried;</li>
 *   <li>{@code -Adbmirror.basedir} joined with the annotation's path;</li>
 *   <li>the annotation's path as a resource in the class output, on the class path and on the source path;</li>
 *   <li>the annotation's path under each directory from the {@code package-info.java} up to the file system root;</li>
 *   <li>the same, walking up from the class output directory (the module directory for Maven and Gradle).</li>
 * </ol>
 * When nothing is found, the error lists every place that was tried.
 */
public final class MirrorLocator {

    private static final StandardLocation[] RESOURCE_LOCATIONS = {
        StandardLocation.CLASS_OUTPUT, StandardLocation.CLASS_PATH, StandardLocation.SOURCE_PATH,
    };

    private final Filer filer;
    private final Set<String> looked = new LinkedHashSet<>();

    private MirrorLocator(Filer filer) {
        this.filer = filer;
    }

    /**
     * @param relativePath  the annotation's {@code value}, e.g. {@code db/schema/tables.json}
     * @param packageSource the annotated {@code package-info.java}, when it is a file
     */
    public static Optional<FoundMirror> locate(ProcessorOptions options, String relativePath,
                                               Optional<Path> packageSource, Filer filer, Reporter reporter) {
        MirrorLocator locator = new MirrorLocator(filer);
        Optional<FoundMirror> found;
        try {
            found = locator.search(options, relativePath, packageSource);
        } catch (UnreadableMirrorException e) {
            reporter.report(Message.MIRROR_UNREADABLE, Position.file(e.file), e.getMessage());
            return Optional.empty();
        }
        if (found.isEmpty()) {
            StringBuilder places = new StringBuilder();
            locator.looked.forEach(place -> places.append("\n  ").append(place));
            String wanted = options.mirror().orElse(relativePath);
            reporter.report(Message.MIRROR_NOT_FOUND, Position.file(wanted), wanted, places);
        }
        return found;
    }

    private Optional<FoundMirror> search(ProcessorOptions options, String relativePath, Optional<Path> packageSource) {
        Optional<Path> basedir = options.basedir().map(Paths::get);
        if (options.mirror().isPresent()) {
            Path explicit = Paths.get(options.mirror().get());
            return file(basedir.map(dir -> dir.resolve(explicit)).orElse(explicit).toAbsolutePath());
        }
        Optional<FoundMirror> found = basedir.flatMap(dir -> file(dir.resolve(relativePath).toAbsolutePath()));
        for (StandardLocation location : RESOURCE_LOCATIONS) {
            if (found.isEmpty()) {
                found = resource(location, relativePath);
            }
        }
        if (found.isEmpty() && packageSource.isPresent()) {
            found = walkUp(packageSource.get().toAbsolutePath().getParent(), relativePath);
        }
        if (found.isEmpty()) {
            found = classOutputDirectory().flatMap(dir -> walkUp(dir, relativePath));
        }
        return found;
    }

    private Optional<FoundMirror> walkUp(Path start, String relativePath) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Optional<FoundMirror> found = file(dir.resolve(relativePath));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<FoundMirror> file(Path path) {
        Path normal = path.normalize();
        if (!looked.add(normal.toString())) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(normal)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FoundMirror(normal.toString(), Files.readAllBytes(normal)));
        } catch (IOException e) {
            throw new UnreadableMirrorException(normal.toString(), e);
        }
    }

    private Optional<FoundMirror> resource(JavaFileManager.Location location, String relativePath) {
        looked.add("resource " + relativePath + " in " + location.getName());
        FileObject resource;
        try {
            resource = filer.getResource(location, "", relativePath);
        } catch (IOException | IllegalArgumentException | IllegalStateException notThere) {
            return Optional.empty();
        }
        try (InputStream in = resource.openInputStream()) {
            return Optional.of(new FoundMirror(displayName(resource.toUri()), in.readAllBytes()));
        } catch (IOException | IllegalStateException notThere) {
            return Optional.empty();
        }
    }

    private Optional<Path> classOutputDirectory() {
        try {
            URI probe = filer.getResource(StandardLocation.CLASS_OUTPUT, "", "dbmirror-probe").toUri();
            return "file".equals(probe.getScheme()) ? Optional.of(Paths.get(probe).getParent()) : Optional.empty();
        } catch (IOException | IllegalArgumentException | IllegalStateException notAFile) {
            return Optional.empty();
        }
    }

    private static String displayName(URI uri) {
        return "file".equals(uri.getScheme()) ? Paths.get(uri).toString() : uri.toString();
    }

    /** A mirror file that exists but cannot be read: the search stops there. */
    private static final class UnreadableMirrorException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String file;

        UnreadableMirrorException(String file, IOException cause) {
            super(String.valueOf(cause.getMessage()), cause);
            this.file = file;
        }
    }
}
