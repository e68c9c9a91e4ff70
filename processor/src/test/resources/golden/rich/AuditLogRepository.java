package com.acme.shop;

import dev.dbmirror.annotations.MirroredRepository;
import java.util.List;
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
     * The rows that reference this key.
     */
    List<AuditLog> findByCustomerId(UUID customerId);
}
