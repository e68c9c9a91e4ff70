package com.acme.shop;

import dev.dbmirror.annotations.MirroredTable;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Orders per customer.
 *
 * <p>A row of view public.customer_summary.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredTable("public.customer_summary")
@NullMarked
public record CustomerSummary(@Nullable UUID customerId, @Nullable Long orders) {
}
