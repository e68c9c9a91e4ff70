package com.acme.shop;

import dev.dbmirror.annotations.MirroredRepository;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * The repository of table public.order_items. A port: the persistence layer implements it, business code calls it.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredRepository("public.order_items")
@NullMarked
public interface OrderItemRepository {
    /**
     * Inserts a row and returns it as stored, with the values the database supplied.
     */
    OrderItem insert(NewOrderItem row);

    /**
     * The row with this primary key, if any.
     */
    Optional<OrderItem> findById(OrderItemKey id);

    /**
     * Every row.
     */
    List<OrderItem> findAll();

    /**
     * Updates the row with the primary key of {@code row}; returns whether there was one.
     */
    boolean update(OrderItem row);

    /**
     * Deletes the row with this primary key; returns whether there was one.
     */
    boolean deleteById(OrderItemKey id);

    /**
     * The number of rows.
     */
    long count();

    /**
     * The rows that reference this key.
     */
    List<OrderItem> findByOrderId(long orderId);
}
