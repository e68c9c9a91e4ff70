package dev.dbmirror.cli.command;

import dev.dbmirror.schema.io.FileSet;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The one-line error of a command that could not read or write the files of its output folder. */
final class FileProblems {

    private FileProblems() {
    }

    /**
     * {@code cannot write FOLDER: WHAT; no file was changed}, naming the file only when it is not the
     * folder or a temporary file in it, and a file that stands where a folder is needed.
     */
    static String cannotWrite(Path folder, IOException e) {
        if (e instanceof FileSet.PartlyWritten) {
            return "cannot write " + folder + ": " + e.getMessage();
        }
        return "cannot write " + folder + ": " + describe(folder, e) + "; no file was changed";
    }

    static String cannotRead(Path folder, IOException e) {
        return "cannot read " + folder + ": " + describe(folder, e);
    }

    private static String describe(Path folder, IOException e) {
        if (!(e instanceof FileSystemException failure) || failure.getFile() == null) {
            return e.getMessage();
        }
        Path file = Path.of(failure.getFile());
        for (Path part = file.getParent(); part != null; part = part.getParent()) {
            if (Files.isRegularFile(part)) {
                return part + " is a file, not a folder";
            }
        }
        String reason = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NoSuchFileException ? "no such file or folder"
                : failure.getReason() == null ? e.getClass().getSimpleName() : lowerFirst(failure.getReason());
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        boolean inFolder = file.equals(folder) || name.startsWith(".") && name.endsWith(".tmp") && folder.equals(file.getParent());
        return (inFolder ? "" : file + ": ") + reason;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
