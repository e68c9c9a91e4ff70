package com.acme.shop;

import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A row would have referenced a row that does not exist, or a deleted or changed row was still
 * referenced.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@NullMarked
public final class ForeignKeyViolationException extends DataAccessException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message    what failed, naming the table and the constraint
     * @param table      see {@link #table()}
     * @param constraint see {@link #constraint()}
     * @param cause      the driver's exception
     */
    public ForeignKeyViolationException(String message, @Nullable String table,
            @Nullable String constraint, @Nullable Throwable cause) {
        super(message, table, constraint, cause);
    }
}
