package com.acme.shop;

import dev.dbmirror.annotations.MirroredTable;
import java.util.Objects;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A row of table public.people.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredTable("public.people")
@NullMarked
public record Person(UUID id, String name, @Nullable UUID bestFriendId) {
    public Person {
        Objects.requireNonNull(id, "public.people.id must not be null");
        Objects.requireNonNull(name, "public.people.name must not be null");
    }
}
