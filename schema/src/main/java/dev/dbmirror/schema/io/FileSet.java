package dev.dbmirror.schema.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes several files of one folder as nearly all-or-nothing as a file system allows: every file
 * that changes is first staged beside its target ({@link AtomicFiles#stage}) and forced to disk;
 * only when all are staged are they renamed into place, and files to remove are removed after that.
 * A failure while staging (no space, no permission, a folder where a file should go) leaves every
 * file as it was. Files whose bytes do not change are not touched.
 *
 * <p>The staged files are forced to disk from several threads at once: one file at a time, each
 * force waits for its own journal commit (3 to 6 ms here, seconds for a thousand pages), while
 * concurrent forces share commits (about 0.2 ms a file).
 */
public final class FileSet {

    /** Enough concurrent forces for the journal to batch them; they wait on the disk, not the CPU. */
    private static final int FORCING_THREADS = 32;

    private FileSet() {
    }

    /** A failure after some files were already renamed into place (a failure before that changes nothing). */
    public static final class PartlyWritten extends IOException {
        private static final long serialVersionUID = 1L;

        PartlyWritten(String message, IOException cause) {
            super(message, cause);
        }
    }

    /** What a write did, by file name. */
    public record Result(List<String> written, List<String> unchanged, List<String> removed) {
    }

    /**
     * Writes {@code files} (name in {@code dir} to bytes, in the order given) and removes {@code
     * remove} (names in {@code dir}).
     *
     * @throws PartlyWritten when, rarely, a rename fails after staging (the message says how many files
     *                       were replaced)
     * @throws IOException   when a file cannot be staged (then nothing was changed), or a removal fails
     */
    public static Result write(Path dir, Map<String, byte[]> files, List<String> remove) throws IOException {
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<AtomicFiles.Staged> staged = new ArrayList<>();
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                if (Files.isDirectory(target)) {
                    throw new IOException(target + " is a folder; move it away so that the file can be written");
                }
                if (AtomicFiles.hasBytes(target, file.getValue())) {
                    unchanged.add(file.getKey());
                } else {
                    staged.add(AtomicFiles.stage(target, file.getValue(), false));
                    written.add(file.getKey());
                }
            }
            forceAll(staged);
            int replaced = 0;
            for (AtomicFiles.Staged file : staged) {
                try {
                    file.commit();
                } catch (IOException e) {
                    throw new PartlyWritten(written.get(replaced) + " could not be renamed into place after " + replaced
                            + " of " + staged.size() + " files were (" + e + "); run the command again", e);
                }
                replaced++;
            }
        } finally {
            for (AtomicFiles.Staged file : staged) {
                file.discard();
            }
        }
        List<String> removed = new ArrayList<>();
        for (String name : remove) {
            if (Files.deleteIfExists(dir.resolve(name))) {
                removed.add(name);
            }
        }
        return new Result(written, unchanged, removed);
    }

    private static void forceAll(List<AtomicFiles.Staged> staged) throws IOException {
        if (staged.size() < 2) {
            for (AtomicFiles.Staged file : staged) {
                file.force();
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(FORCING_THREADS, staged.size()), daemon -> {
            Thread thread = new Thread(daemon, "dbmirror-force");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Void>> forced = new ArrayList<>(staged.size());
            for (AtomicFiles.Staged file : staged) {
                forced.add(pool.submit(() -> {
                    file.force();
                    return null;
                }));
            }
            for (Future<Void> future : forced) {
                future.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
