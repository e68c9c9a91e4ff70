package dev.dbmirror.cli;

/**
 * A failure the user can act on: its message is the one line printed before exiting with code 1.
 * Messages never contain a password; {@link #detail()} is extra context for {@code --verbose}.
 */
public final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String detail;

    public CliException(String message) {
        this(message, null);
    }

    public CliException(String message, String detail) {
        super(message, null, false, false);
        this.detail = detail;
    }

    /** More context (driver class, SQL state), or {@code null}. */
    public String detail() {
        return detail;
    }
}
