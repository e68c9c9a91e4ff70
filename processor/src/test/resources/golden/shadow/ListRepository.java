package com.acme.shop;

import dev.dbmirror.annotations.MirroredRepository;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * The repository of table public.lists. A port: the persistence layer implements it, business code calls it.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredRepository("public.lists")
@NullMarked
public interface ListRepository {
    /**
     * Inserts a row and returns it as stored, with the values the database supplied.
     */
    List insert(NewList row);

    /**
     * The row with this primary key, if any.
     */
    Optional<List> findById(int id);

    /**
     * Every row.
     */
    java.util.List<List> findAll();

    /**
     * Updates the row with the primary key of {@code row}; returns whether there was one.
     */
    boolean update(List row);

    /**
     * Deletes the row with this primary key; returns whether there was one.
     */
    boolean deleteById(int id);

    /**
     * The number of rows.
     */
    long count();
}
