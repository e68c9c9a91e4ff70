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
}
