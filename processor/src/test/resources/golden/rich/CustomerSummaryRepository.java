package com.acme.shop;

import dev.dbmirror.annotations.MirroredRepository;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * The repository of view public.customer_summary, read-only. A port: the persistence layer implements it, business code calls it.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredRepository(
        value = "public.customer_summary",
        readOnly = true
)
@NullMarked
public interface CustomerSummaryRepository {
    /**
     * Every row.
     */
    List<CustomerSummary> findAll();

    /**
     * The number of rows.
     */
    long count();
}
