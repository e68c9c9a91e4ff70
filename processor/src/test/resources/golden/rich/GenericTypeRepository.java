package com.acme.shop;

import dev.dbmirror.annotations.MirroredRepository;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * The repository of table public.generic_types. A port: the persistence layer implements it, business code calls it.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredRepository("public.generic_types")
@NullMarked
public interface GenericTypeRepository {
    /**
     * Inserts a row and returns it as stored, with the values the database supplied.
     */
    GenericType insert(NewGenericType row);

    /**
     * The row with this primary key, if any.
     */
    Optional<GenericType> findById(long id);

    /**
     * Every row.
     */
    List<GenericType> findAll();

    /**
     * Updates the row with the primary key of {@code row}; returns whether there was one.
     */
    boolean update(GenericType row);

    /**
     * Deletes the row with this primary key; returns whether there was one.
     */
    boolean deleteById(long id);

    /**
     * The number of rows.
     */
    long count();
}
