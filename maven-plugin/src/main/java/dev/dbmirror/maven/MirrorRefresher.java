package dev.dbmirror.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Makes the next incremental compile regenerate a {@code @DbMirror} package whose mirror changed.
 *
 * <p>maven-compiler-plugin does not see a JSON file that only the processor reads, so after a pull
 * it says "Nothing to compile". The processor stamps each package with its mirror's SHA-256 in
 * {@code META-INF/dbmirror/<package>.sha256} of the class output. When the mirror's hash no longer
 * matches (or the stamp is missing), this removes the package's {@code package-info.class}: the
 * compiler then finds a stale source, recompiles the module, and the processor runs on the new
 * mirror. A matching stamp leaves everything untouched.
 */
final class MirrorRefresher {

    private static final String PACKAGE_INFO = "package-info.java";
    private static final String STAMP_FOLDER = "META-INF/dbmirror";

    private final Path basedir;
    private final Path classesDir;
    private final Optional<Path> explicitMirror;

    /**
     * @param basedir        the module directory; mirror paths are relative to it
     * @param classesDir     the compiler's class output
     * @param explicitMirror a mirror that replaces every annotation's path (relative to {@code basedir})
     */
    MirrorRefresher(Path basedir, Path classesDir, Optional<Path> explicitMirror) {
        this.basedir = basedir.toAbsolutePath().normalize();
        this.classesDir = classesDir;
        this.explicitMirror = explicitMirror.map(this.basedir::resolve);
    }

    /** Checks every {@code @DbMirror} package under the source roots; returns one line per package saying what was done and why. */
    List<String> refresh(List<Path> sourceRoots) throws IOException {
        List<String> report = new ArrayList<>();
        for (Path packageInfo : packageInfos(sourceRoots)) {
            Optional<MirroredPackage> mirrored = MirroredPackage.read(packageInfo);
            if (mirrored.isPresent()) {
                report.add(refresh(packageInfo, mirrored.get()));
            }
        }
        return report;
    }

    private String refresh(Path packageInfo, MirroredPackage mirrored) throws IOException {
        String pkg = mirrored.packageName();
        Optional<Path> mirror = explicitMirror.or(() -> mirrored.mirrorPath().map(this::locate));
        if (mirror.isEmpty()) {
            return "dbmirror: the mirror path in " + packageInfo + " is not a plain string literal; set the plugin's"
                    + " <mirror> to have " + pkg + " checked";
        }
        String shown = shown(mirror.get());
        if (!Files.isRegularFile(mirror.get())) {
            return "dbmirror: " + shown + " not found in the module directory or above it; left " + pkg
                    + " to the processor (set <mirror> if the file is elsewhere)";
        }
        Path classFile = classesDir.resolve(pkg.replace('.', '/')).resolve("package-info.class");
        Path stamp = classesDir.resolve(STAMP_FOLDER).resolve(pkg + ".sha256");
        if (!Files.exists(classFile)) {
            return "dbmirror: " + pkg + " not compiled yet; the compiler generates it from " + shown;
        }
        if (!Files.isRegularFile(stamp)) {
            Files.delete(classFile);
            return "dbmirror: no stamp of " + shown + " from the last build; regenerating " + pkg;
        }
        if (sha256(mirror.get()).equals(Files.readString(stamp, StandardCharsets.US_ASCII).strip())) {
            return "dbmirror: " + shown + " unchanged; " + pkg + " is up to date";
        }
        Files.delete(classFile);
        Files.delete(stamp);
        return "dbmirror: " + shown + " changed since the last build; regenerating " + pkg;
    }

    /** The annotation's path under the module directory or, like the processor, under the nearest parent that has it. */
    private Path locate(String relativePath) {
        for (Path dir = basedir; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relativePath).normalize();
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return basedir.resolve(relativePath).normalize();
    }

    private String shown(Path mirror) {
        return mirror.startsWith(basedir) ? basedir.relativize(mirror).toString() : mirror.toString();
    }

    private static List<Path> packageInfos(List<Path> sourceRoots) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path root : sourceRoots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(file -> file.getFileName().toString().equals(PACKAGE_INFO)).sorted().forEach(found::add);
                }
            }
        }
        return found;
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
