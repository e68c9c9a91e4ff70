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
 * A new row for table public.orders, to insert. A null value for a column the database supplies (default, identity) means: let the database supply it. Generated and identity-always columns are left out.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredTable("public.orders")
@NullMarked
public record NewOrder(UUID customerId, @Nullable OrderStatus status, String ref, BigDecimal total,
        @Nullable List<String> tags, @Nullable Json document, @Nullable Integer hashCode_) {
    public NewOrder {
        Objects.requireNonNull(customerId, "public.orders.customer_id must not be null");
        Objects.requireNonNull(ref, "public.orders.ref must not be null");
        Objects.requireNonNull(total, "public.orders.total must not be null");
    }
}
