package dev.dbmirror.cli.command;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** An I/O failure of a command that writes files, as the part of a one-line error after "cannot write …: ". */
final class FileProblems {

    private FileProblems() {
    }

    static String describe(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file or folder";
        }
        if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException) {
            return ((FileSystemException) e).getFile() + ": a file is in the way where a folder is needed";
        }
        if (e instanceof FileSystemException other && other.getReason() != null) {
            return other.getFile() + ": " + lowerFirst(other.getReason());
        }
        return e.getMessage();
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
