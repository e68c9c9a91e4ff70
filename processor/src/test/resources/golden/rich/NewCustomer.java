package com.acme.shop;

import com.acme.types.Email;
import dev.dbmirror.annotations.MirroredTable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A new row for table public.customers, to insert. A null value for a column the database supplies (default, identity) means: let the database supply it. Generated and identity-always columns are left out.
 *
 * @param id Primary key *&#47; injected
 * @param email Login; unique.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredTable("public.customers")
@NullMarked
public record NewCustomer(@Nullable UUID id, Email email, String name, @Nullable String bio,
        byte @Nullable [] avatar, byte[] photo, double score, @Nullable OffsetDateTime createdAt) {
    public NewCustomer {
        Objects.requireNonNull(email, "public.customers.email must not be null");
        Objects.requireNonNull(name, "public.customers.name must not be null");
        Objects.requireNonNull(photo, "public.customers.photo must not be null");
    }

    /**
     * A new row with the values an insert must give: the NOT NULL columns that have no default and
     * are neither identity nor generated, in table order. Every other component is null (the database
     * supplies its default or identity value, a nullable column stays NULL); set them with the
     * {@code with} methods. Unlike the constructor, a call of this method keeps compiling when a
     * nullable column or a column with a default is added to the table.
     */
    public static NewCustomer of(Email email, String name, byte[] photo, double score) {
        return new NewCustomer(null, email, name, null, null, photo, score, null);
    }

    /**
     * A copy of this record with {@code id} (column public.customers.id) replaced by the given value.
     */
    public NewCustomer withId(@Nullable UUID id) {
        return new NewCustomer(id, this.email, this.name, this.bio, this.avatar, this.photo,
                this.score, this.createdAt);
    }

    /**
     * A copy of this record with {@code email} (column public.customers.email) replaced by the given value.
     */
    public NewCustomer withEmail(Email email) {
        return new NewCustomer(this.id, email, this.name, this.bio, this.avatar, this.photo,
                this.score, this.createdAt);
    }

    /**
     * A copy of this record with {@code name} (column public.customers.name) replaced by the given value.
     */
    public NewCustomer withName(String name) {
        return new NewCustomer(this.id, this.email, name, this.bio, this.avatar, this.photo,
                this.score, this.createdAt);
    }

    /**
     * A copy of this record with {@code bio} (column public.customers.bio) replaced by the given value.
     */
    public NewCustomer withBio(@Nullable String bio) {
        return new NewCustomer(this.id, this.email, this.name, bio, this.avatar, this.photo,
                this.score, this.createdAt);
    }

    /**
     * A copy of this record with {@code avatar} (column public.customers.avatar) replaced by the given value.
     */
    public NewCustomer withAvatar(byte @Nullable [] avatar) {
        return new NewCustomer(this.id, this.email, this.name, this.bio, avatar, this.photo,
                this.score, this.createdAt);
    }

    /**
     * A copy of this record with {@code photo} (column public.customers.photo) replaced by the given value.
     */
    public NewCustomer withPhoto(byte[] photo) {
        return new NewCustomer(this.id, this.email, this.name, this.bio, this.avatar, photo,
                this.score, this.createdAt);
    }

    /**
     * A copy of this record with {@code score} (column public.customers.score) replaced by the given value.
     */
    public NewCustomer withScore(double score) {
        return new NewCustomer(this.id, this.email, this.name, this.bio, this.avatar, this.photo,
                score, this.createdAt);
    }

    /**
     * A copy of this record with {@code createdAt} (column public.customers.created_at) replaced by the given value.
     */
    public NewCustomer withCreatedAt(@Nullable OffsetDateTime createdAt) {
        return new NewCustomer(this.id, this.email, this.name, this.bio, this.avatar, this.photo,
                this.score, createdAt);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || other instanceof NewCustomer that
                && Arrays.deepEquals(new Object[] {this.id, this.email, this.name, this.bio,
                        this.avatar, this.photo, this.score, this.createdAt}, new Object[] {that.id,
                        that.email, that.name, that.bio, that.avatar, that.photo, that.score,
                        that.createdAt});
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {this.id, this.email, this.name, this.bio,
                this.avatar, this.photo, this.score, this.createdAt});
    }

    @Override
    public String toString() {
        return "NewCustomer["
                + "id=" + this.id
                + ", email=" + this.email
                + ", name=" + this.name
                + ", bio=" + this.bio
                + ", avatar=" + Arrays.toString(this.avatar)
                + ", photo=" + Arrays.toString(this.photo)
                + ", score=" + this.score
                + ", createdAt=" + this.createdAt + "]";
    }
}
