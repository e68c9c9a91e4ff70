package dev.dbmirror.cli.command;

import dev.dbmirror.cli.CliException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on a folder a command writes into, before anything is rendered. */
final class OutputFolder {

    private OutputFolder() {
    }

    /** The folder may be missing (it is created) but must not be a file. */
    static void requireFolderOrNothing(Path folder, String option) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new CliException(option + " " + folder + " is a file, not a folder; name a folder (it is created if missing)");
        }
    }
}
