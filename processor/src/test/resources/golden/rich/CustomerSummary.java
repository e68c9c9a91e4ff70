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
    /**
     * A copy of this record with {@code customerId} (column public.customer_summary.customer_id) replaced by the given value.
     */
    public CustomerSummary withCustomerId(@Nullable UUID customerId) {
        return new CustomerSummary(customerId, this.orders);
    }

    /**
     * A copy of this record with {@code orders} (column public.customer_summary.order_count) replaced by the given value.
     */
    public CustomerSummary withOrders(@Nullable Long orders) {
        return new CustomerSummary(this.customerId, orders);
    }
}
