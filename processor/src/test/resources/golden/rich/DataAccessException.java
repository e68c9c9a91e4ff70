package com.acme.shop;

import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A repository could not do its work in the database. Names the table and, where the database named
 * one, the constraint; the driver's exception is the cause.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@NullMarked
public class DataAccessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final @Nullable String table;

    private final @Nullable String constraint;

    /**
     * @param message    what failed, naming the table and the constraint
     * @param table      see {@link #table()}
     * @param constraint see {@link #constraint()}
     * @param cause      the driver's exception
     */
    public DataAccessException(String message, @Nullable String table, @Nullable String constraint,
            @Nullable Throwable cause) {
        super(message, cause);
        this.table = table;
        this.constraint = constraint;
    }

    /**
     * The table, {@code schema.table}, of the statement that failed; null when no statement failed (a commit).
     */
    public @Nullable String table() {
        return table;
    }

    /**
     * The constraint the database named, when the mirror knows it; else null.
     */
    public @Nullable String constraint() {
        return constraint;
    }
}
