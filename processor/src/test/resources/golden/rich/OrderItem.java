package com.acme.shop;

import dev.dbmirror.annotations.MirroredTable;
import java.math.BigDecimal;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * A row of table public.order_items.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredTable("public.order_items")
@NullMarked
public record OrderItem(long orderId, int lineNo, short quantity, BigDecimal price) {
    public OrderItem {
        Objects.requireNonNull(price, "public.order_items.price must not be null");
    }
}
