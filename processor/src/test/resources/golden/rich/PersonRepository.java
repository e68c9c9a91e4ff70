package com.acme.shop;

import dev.dbmirror.annotations.MirroredRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * The repository of table public.people. A port: the persistence layer implements it, business code calls it.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredRepository("public.people")
@NullMarked
public interface PersonRepository {
    /**
     * Inserts a row and returns it as stored, with the values the database supplied.
     */
    Person insert(NewPerson row);

    /**
     * The row with this primary key, if any.
     */
    Optional<Person> findById(UUID id);

    /**
     * Every row.
     */
    List<Person> findAll();

    /**
     * Updates the row with the primary key of {@code row}; returns whether there was one.
     */
    boolean update(Person row);

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
    Optional<Person> findByName(String name);

    /**
     * The rows that reference this key.
     */
    List<Person> findByBestFriendId(UUID bestFriendId);
}
