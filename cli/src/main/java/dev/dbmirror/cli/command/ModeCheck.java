package dev.dbmirror.cli.command;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.Session;
import dev.dbmirror.cli.project.Mode;
import dev.dbmirror.cli.project.Project;
import dev.dbmirror.cli.project.Settings;
import java.nio.file.Path;

/** What the source-of-truth mode allows: which side a command may change. */
final class ModeCheck {

    private ModeCheck() {
    }

    /**
     * In repository mode the mirror is the source of truth: a pull may not overwrite the project's
     * mirror, only write elsewhere ({@code --mirror}).
     */
    static void refuseOverwriteInRepositoryMode(Session session, Path target) {
        Project project = Project.find(session.environment().workingDirectory());
        Settings settings = Settings.of(project);
        Path mirror = project.file(Project.MIRROR);
        if (settings.mode() == Mode.REPOSITORY && target.toAbsolutePath().normalize().equals(mirror.toAbsolutePath().normalize())) {
            throw new CliException("pull would overwrite " + target + ", but here the repository is the source of truth"
                    + " (mode repository in " + settings.file() + "): change the mirror (add-table, or edit it) and generate"
                    + " a migration with `dbmirror migration`; to see what the database has, run `dbmirror verify`, or pull"
                    + " into another file with --mirror FILE");
        }
    }

    /** The project's source-of-truth mode. */
    static Mode mode(Session session) {
        return Settings.of(Project.find(session.environment().workingDirectory())).mode();
    }

    /**
     * Refuses the command unless the project's settings make the repository the source of truth.
     *
     * @param what what the command does, as the start of the message: {@code add-table changes the mirror}
     */
    static void requireRepositoryMode(Session session, String what) {
        Settings settings = Settings.of(Project.find(session.environment().workingDirectory()));
        if (settings.mode() == Mode.REPOSITORY) {
            return;
        }
        String source = settings.file() != null ? "mode database in " + settings.file()
                : "mode database, as there is no " + Project.SETTINGS;
        throw new CliException(what + ", but here the database is the source of truth (" + source + "): change the"
                + " database and run `dbmirror pull`; or, if the repository is to be the source of truth, set \"mode\":"
                + " \"repository\" in " + Project.SETTINGS);
    }
}
