package com.acme.shop;

import dev.dbmirror.annotations.MirroredTable;
import java.util.Objects;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A new row for table public.people, to insert. A null value for a column the database supplies (default, identity) means: let the database supply it. Generated and identity-always columns are left out.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredTable("public.people")
@NullMarked
public record NewPerson(UUID id, String name, @Nullable UUID bestFriendId) {
    public NewPerson {
        Objects.requireNonNull(id, "public.people.id must not be null");
        Objects.requireNonNull(name, "public.people.name must not be null");
    }

    /**
     * A new row with the values an insert must give: the NOT NULL columns that have no default and
     * are neither identity nor generated, in table order. Every other component is null (the database
     * supplies its default or identity value, a nullable column stays NULL); set them with the
     * {@code with} methods. Unlike the constructor, a call of this method keeps compiling when a
     * nullable column or a column with a default is added to the table.
     */
    public static NewPerson of(UUID id, String name) {
        return new NewPerson(id, name, null);
    }

    /**
     * A copy of this record with {@code id} (column public.people.id) replaced by the given value.
     */
    public NewPerson withId(UUID id) {
        return new NewPerson(id, this.name, this.bestFriendId);
    }

    /**
     * A copy of this record with {@code name} (column public.people.name) replaced by the given value.
     */
    public NewPerson withName(String name) {
        return new NewPerson(this.id, name, this.bestFriendId);
    }

    /**
     * A copy of this record with {@code bestFriendId} (column public.people.best_friend_id) replaced by the given value.
     */
    public NewPerson withBestFriendId(@Nullable UUID bestFriendId) {
        return new NewPerson(this.id, this.name, bestFriendId);
    }
}
