package dev.dbmirror.sample.persistence;

/** A database failure, unchecked so that the ports stay free of JDBC types. */
public final class DataAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DataAccessException(String what, Exception cause) {
        super(cause == null ? what : what + ": " + cause.getMessage(), cause);
    }
}
