package com.acme.shop;

import dev.dbmirror.annotations.MirroredRepository;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * The repository of table public.data. A port: the persistence layer implements it, business code calls it.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredRepository("public.data")
@NullMarked
public interface DataEntryRepository {
    /**
     * Inserts a row and returns it as stored, with the values the database supplied.
     */
    DataEntry insert(NewDataEntry row);

    /**
     * The row with this primary key, if any.
     */
    Optional<DataEntry> findById(String id);

    /**
     * Every row.
     */
    List<DataEntry> findAll();

    /**
     * Updates the row with the primary key of {@code row}; returns whether there was one.
     */
    boolean update(DataEntry row);

    /**
     * Deletes the row with this primary key; returns whether there was one.
     */
    boolean deleteById(String id);

    /**
     * The number of rows.
     */
    long count();
}
