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

    /**
     * A copy of this record with {@code orderId} (column public.order_items.order_id) replaced by the given value.
     */
    public OrderItem withOrderId(long orderId) {
        return new OrderItem(orderId, this.lineNo, this.quantity, this.price);
    }

    /**
     * A copy of this record with {@code lineNo} (column public.order_items.line_no) replaced by the given value.
     */
    public OrderItem withLineNo(int lineNo) {
        return new OrderItem(this.orderId, lineNo, this.quantity, this.price);
    }

    /**
     * A copy of this record with {@code quantity} (column public.order_items.quantity) replaced by the given value.
     */
    public OrderItem withQuantity(short quantity) {
        return new OrderItem(this.orderId, this.lineNo, quantity, this.price);
    }

    /**
     * A copy of this record with {@code price} (column public.order_items.price) replaced by the given value.
     */
    public OrderItem withPrice(BigDecimal price) {
        return new OrderItem(this.orderId, this.lineNo, this.quantity, price);
    }
}
