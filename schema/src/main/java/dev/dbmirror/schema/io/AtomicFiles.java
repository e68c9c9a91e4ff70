package dev.dbmirror.schema.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;

/**
 * Writes files so that a reader sees either the old bytes or the new ones, never a half-written
 * file: write a temporary file beside the target, force it to disk, then rename it over the target.
 */
public final class AtomicFiles {

    /** A new file is readable by all, like one written by an editor under the usual umask 022. */
    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFiles() {
    }

    /**
     * Writes {@code bytes} to {@code target} atomically; does nothing when the file already has exactly
     * these bytes (its modification time stays). Returns whether it wrote.
     */
    public static boolean write(Path target, byte[] bytes) throws IOException {
        if (hasBytes(target, bytes)) {
            return false;
        }
        Staged staged = stage(target, bytes);
        try {
            staged.commit();
        } finally {
            staged.discard();
        }
        return true;
    }

    /** Whether {@code target} is a regular file with exactly these bytes. */
    public static boolean hasBytes(Path target, byte[] bytes) throws IOException {
        return Files.isRegularFile(target) && Files.size(target) == bytes.length
                && Arrays.equals(Files.readAllBytes(target), bytes);
    }

    /**
     * The first half of {@link #write}: the new bytes in a temporary file beside {@code target}, on
     * disk, with the permissions the target will have. Nothing a reader sees has changed yet; {@link
     * Staged#commit()} renames it over the target, {@link Staged#discard()} removes it.
     */
    public static Staged stage(Path target, byte[] bytes) throws IOException {
        return stage(target, bytes, true);
    }

    /**
     * {@link #stage(Path, byte[])}, with the forcing to disk left to the caller when {@code force} is
     * false: forcing many files from several threads at once lets the file system's journal commit
     * them together (see {@link FileSet}).
     */
    static Staged stage(Path target, byte[] bytes, boolean force) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                if (force) {
                    channel.force(true);
                }
            }
            keepPermissions(absolute, temp);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return new Staged(absolute, temp);
    }

    /** A file written beside its target and not yet renamed over it. */
    public static final class Staged {
        private final Path target;
        private final Path temp;

        private Staged(Path target, Path temp) {
            this.target = target;
            this.temp = temp;
        }

        /** Forces the staged file's bytes to disk. */
        void force() throws IOException {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        }

        /** Renames the staged file over its target (atomically where the file system can). */
        public void commit() throws IOException {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        /** Removes the staged file if it is still there; the target stays as it was. */
        public void discard() throws IOException {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The temporary file is created owner-only; give it the permissions of the file it replaces, or
     * those of a normal new file, so that a rewrite never changes who may read the mirror.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        view.setPermissions(Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE);
    }
}
