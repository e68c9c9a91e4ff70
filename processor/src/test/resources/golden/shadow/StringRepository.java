package com.acme.shop;

import dev.dbmirror.annotations.MirroredRepository;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * The repository of table public.strings. A port: the persistence layer implements it, business code calls it.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredRepository("public.strings")
@NullMarked
public interface StringRepository {
    /**
     * Inserts a row and returns it as stored, with the values the database supplied.
     */
    String insert(NewString row);

    /**
     * The row with this primary key, if any.
     */
    Optional<String> findById(int id);

    /**
     * Every row.
     */
    java.util.List<String> findAll();

    /**
     * Updates the row with the primary key of {@code row}; returns whether there was one.
     */
    boolean update(String row);

    /**
     * Deletes the row with this primary key; returns whether there was one.
     */
    boolean deleteById(int id);

    /**
     * The number of rows.
     */
    long count();

    /**
     * The row with this value of a unique key, if any.
     */
    Optional<String> findByValue(java.lang.String value);

    /**
     * The rows that reference this key.
     */
    java.util.List<String> findByListId(int listId);
}
