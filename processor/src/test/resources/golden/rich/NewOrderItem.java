package com.acme.shop;

import dev.dbmirror.annotations.MirroredTable;
import java.math.BigDecimal;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A new row for table public.order_items, to insert. A null value for a column the database supplies (default, identity) means: let the database supply it. Generated and identity-always columns are left out.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredTable("public.order_items")
@NullMarked
public record NewOrderItem(long orderId, int lineNo, @Nullable Short quantity, BigDecimal price) {
    public NewOrderItem {
        Objects.requireNonNull(price, "public.order_items.price must not be null");
    }

    /**
     * A new row with the values an insert must give: the NOT NULL columns that have no default and
     * are neither identity nor generated, in table order. Every other component is null (the database
     * supplies its default or identity value, a nullable column stays NULL); set them with the
     * {@code with} methods. Unlike the constructor, a call of this method keeps compiling when a
     * nullable column or a column with a default is added to the table.
     */
    public static NewOrderItem of(long orderId, int lineNo, BigDecimal price) {
        return new NewOrderItem(orderId, lineNo, null, price);
    }

    /**
     * A copy of this record with {@code orderId} (column public.order_items.order_id) replaced by the given value.
     */
    public NewOrderItem withOrderId(long orderId) {
        return new NewOrderItem(orderId, this.lineNo, this.quantity, this.price);
    }

    /**
     * A copy of this record with {@code lineNo} (column public.order_items.line_no) replaced by the given value.
     */
    public NewOrderItem withLineNo(int lineNo) {
        return new NewOrderItem(this.orderId, lineNo, this.quantity, this.price);
    }

    /**
     * A copy of this record with {@code quantity} (column public.order_items.quantity) replaced by the given value.
     */
    public NewOrderItem withQuantity(@Nullable Short quantity) {
        return new NewOrderItem(this.orderId, this.lineNo, quantity, this.price);
    }

    /**
     * A copy of this record with {@code price} (column public.order_items.price) replaced by the given value.
     */
    public NewOrderItem withPrice(BigDecimal price) {
        return new NewOrderItem(this.orderId, this.lineNo, this.quantity, price);
    }
}
