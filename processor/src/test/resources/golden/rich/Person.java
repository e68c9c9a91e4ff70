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

    /**
     * A copy of this record with {@code id} (column public.people.id) replaced by the given value.
     */
    public Person withId(UUID id) {
        return new Person(id, this.name, this.bestFriendId);
    }

    /**
     * A copy of this record with {@code name} (column public.people.name) replaced by the given value.
     */
    public Person withName(String name) {
        return new Person(this.id, name, this.bestFriendId);
    }

    /**
     * A copy of this record with {@code bestFriendId} (column public.people.best_friend_id) replaced by the given value.
     */
    public Person withBestFriendId(@Nullable UUID bestFriendId) {
        return new Person(this.id, this.name, bestFriendId);
    }
}
