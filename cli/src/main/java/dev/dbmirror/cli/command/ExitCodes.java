package dev.dbmirror.cli.command;

/** The exit codes of every command. */
public final class ExitCodes {

    /** Done, or in sync / no difference. */
    public static final int OK = 0;
    /** Anything went wrong; one line on stderr says what. */
    public static final int ERROR = 1;
    /** Drift or a difference was found. */
    public static final int DIFFERENT = 2;

    private ExitCodes() {
    }
}
