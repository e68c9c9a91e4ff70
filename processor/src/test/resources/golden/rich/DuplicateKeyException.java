package com.acme.shop;

import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A row would have had the same value of a primary or unique key as another row.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@NullMarked
public final class DuplicateKeyException extends DataAccessException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message    what failed, naming the table and the constraint
     * @param table      see {@link #table()}
     * @param constraint see {@link #constraint()}
     * @param cause      the driver's exception
     */
    public DuplicateKeyException(String message, @Nullable String table,
            @Nullable String constraint, @Nullable Throwable cause) {
        super(message, table, constraint, cause);
    }
}
