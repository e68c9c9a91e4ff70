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
}
