package com.acme.shop;

import com.acme.types.Json;
import dev.dbmirror.annotations.MirroredTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A row of table public.orders.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredTable("public.orders")
@NullMarked
public record Order(long id, UUID customerId, OrderStatus status, String ref, BigDecimal total,
        @Nullable BigDecimal totalWithTax, @Nullable List<String> tags, @Nullable Json document,
        @Nullable Integer hashCode_) {
    public Order {
        Objects.requireNonNull(customerId, "public.orders.customer_id must not be null");
        Objects.requireNonNull(status, "public.orders.status must not be null");
        Objects.requireNonNull(ref, "public.orders.ref must not be null");
        Objects.requireNonNull(total, "public.orders.total must not be null");
    }
}
