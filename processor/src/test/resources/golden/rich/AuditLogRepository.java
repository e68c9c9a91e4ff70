package com.acme.shop;

import dev.dbmirror.annotations.MirroredRepository;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * The repository of table public.audit_log, read-only. A port: the persistence layer implements it, business code calls it.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredRepository(
        value = "public.audit_log",
        readOnly = true
)
@NullMarked
public interface AuditLogRepository {
    /**
     * Every row.
     */
    List<AuditLog> findAll();

    /**
     * The number of rows.
     */
    long count();

    /**
     * The row with this value of a unique key, if any.
     */
    Optional<AuditLog> findByAt(OffsetDateTime at);

    /**
     * The rows that reference this key.
     */
    List<AuditLog> findByCustomerId(UUID customerId);
}
