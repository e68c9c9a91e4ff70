package dev.dbmirror.cli.args;

/** A command line that does not fit its command: the message says what is wrong, in the user's terms. */
public final class UsageException extends Exception {

    private final String hint;

    public UsageException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    /** A second line with a likely fix ("Did you mean ...?"), or null. */
    public String hint() {
        return hint;
    }
}
