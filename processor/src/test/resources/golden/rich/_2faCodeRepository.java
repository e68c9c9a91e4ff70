package com.acme.shop;

import dev.dbmirror.annotations.MirroredRepository;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * The repository of table public.2fa_codes. A port: the persistence layer implements it, business code calls it.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredRepository("public.2fa_codes")
@NullMarked
public interface _2faCodeRepository {
    /**
     * Inserts a row and returns it as stored, with the values the database supplied.
     */
    _2faCode insert(New_2faCode row);

    /**
     * The row with this primary key, if any.
     */
    Optional<_2faCode> findById(int id);

    /**
     * Every row.
     */
    List<_2faCode> findAll();

    /**
     * Updates the row with the primary key of {@code row}; returns whether there was one.
     */
    boolean update(_2faCode row);

    /**
     * Deletes the row with this primary key; returns whether there was one.
     */
    boolean deleteById(int id);

    /**
     * The number of rows.
     */
    long count();
}
