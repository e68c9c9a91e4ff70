package com.acme.shop;

import dev.dbmirror.annotations.MirroredRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * The repository of table public.orders. A port: the persistence layer implements it, business code calls it.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredRepository("public.orders")
@NullMarked
public interface OrderRepository {
    /**
     * Inserts a row and returns it as stored, with the values the database supplied.
     */
    Order insert(NewOrder row);

    /**
     * The row with this primary key, if any.
     */
    Optional<Order> findById(long id);

    /**
     * Every row.
     */
    List<Order> findAll();

    /**
     * Updates the row with the primary key of {@code row}; returns whether there was one.
     */
    boolean update(Order row);

    /**
     * Deletes the row with this primary key; returns whether there was one.
     */
    boolean deleteById(long id);

    /**
     * The number of rows.
     */
    long count();

    /**
     * The row with this value of a unique key, if any.
     */
    Optional<Order> findByRef(String ref);

    /**
     * The rows that reference this key.
     */
    List<Order> findByCustomerId(UUID customerId);
}
