package com.acme.shop;

import dev.dbmirror.annotations.MirroredRepository;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * The repository of table public.objects. A port: the persistence layer implements it, business code calls it.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredRepository("public.objects")
@NullMarked
public interface ObjectRepository {
    /**
     * Inserts a row and returns it as stored, with the values the database supplied.
     */
    Object insert(NewObject row);

    /**
     * The row with this primary key, if any.
     */
    Optional<Object> findById(int id);

    /**
     * Every row.
     */
    java.util.List<Object> findAll();

    /**
     * Updates the row with the primary key of {@code row}; returns whether there was one.
     */
    boolean update(Object row);

    /**
     * Deletes the row with this primary key; returns whether there was one.
     */
    boolean deleteById(int id);

    /**
     * The number of rows.
     */
    long count();
}
