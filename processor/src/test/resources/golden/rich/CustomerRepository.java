package com.acme.shop;

import com.acme.types.Email;
import dev.dbmirror.annotations.MirroredRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * The repository of table public.customers. A port: the persistence layer implements it, business code calls it.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredRepository("public.customers")
@NullMarked
public interface CustomerRepository {
    /**
     * Inserts a row and returns it as stored, with the values the database supplied.
     */
    Customer insert(NewCustomer row);

    /**
     * The row with this primary key, if any.
     */
    Optional<Customer> findById(UUID id);

    /**
     * Every row.
     */
    List<Customer> findAll();

    /**
     * Updates the row with the primary key of {@code row}; returns whether there was one.
     */
    boolean update(Customer row);

    /**
     * Deletes the row with this primary key; returns whether there was one.
     */
    boolean deleteById(UUID id);

    /**
     * The number of rows.
     */
    long count();

    /**
     * The row with this value of a unique key, if any.
     */
    Optional<Customer> findByEmail(Email email);
}
