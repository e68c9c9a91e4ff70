package com.acme.shop;

import dev.dbmirror.annotations.MirroredRepository;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * The repository of table public.all_types. A port: the persistence layer implements it, business code calls it.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredRepository("public.all_types")
@NullMarked
public interface AllTypeRepository {
    /**
     * Inserts a row and returns it as stored, with the values the database supplied.
     */
    AllType insert(NewAllType row);

    /**
     * The row with this primary key, if any.
     */
    Optional<AllType> findById(int id);

    /**
     * Every row.
     */
    List<AllType> findAll();

    /**
     * Updates the row with the primary key of {@code row}; returns whether there was one.
     */
    boolean update(AllType row);

    /**
     * Deletes the row with this primary key; returns whether there was one.
     */
    boolean deleteById(int id);

    /**
     * The number of rows.
     */
    long count();
}
