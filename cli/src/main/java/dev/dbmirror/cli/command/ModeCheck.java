package dev.dbmirror.cli.command;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.Session;
import dev.dbmirror.cli.project.Mode;
import dev.dbmirror.cli.project.Project;
import dev.dbmirror.cli.project.Settings;

/** The commands that change the mirror by hand or from it, which repository mode alone allows. */
final class ModeCheck {

    private ModeCheck() {
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
