package com.acme.shop;

import dev.dbmirror.annotations.MirroredTable;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * The primary key of table public.order_items.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredTable("public.order_items")
@NullMarked
public record OrderItemKey(long orderId, int lineNo) {
}
