package com.acme.shop;

import dev.dbmirror.annotations.MirroredTable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A row of table public.audit_log.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredTable("public.audit_log")
@NullMarked
public record AuditLog(OffsetDateTime at, @Nullable UUID customerId, String message) {
    public AuditLog {
        Objects.requireNonNull(at, "public.audit_log.at must not be null");
        Objects.requireNonNull(message, "public.audit_log.message must not be null");
    }

    /**
     * A copy of this record with {@code at} (column public.audit_log.at) replaced by the given value.
     */
    public AuditLog withAt(OffsetDateTime at) {
        return new AuditLog(at, this.customerId, this.message);
    }

    /**
     * A copy of this record with {@code customerId} (column public.audit_log.customer_id) replaced by the given value.
     */
    public AuditLog withCustomerId(@Nullable UUID customerId) {
        return new AuditLog(this.at, customerId, this.message);
    }

    /**
     * A copy of this record with {@code message} (column public.audit_log.message) replaced by the given value.
     */
    public AuditLog withMessage(String message) {
        return new AuditLog(this.at, this.customerId, message);
    }
}
