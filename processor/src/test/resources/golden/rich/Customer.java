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
 * Customers *&#47; &#64;Deprecated class X {} /* &#92;u002a/ &lt;b&gt;bold&lt;/b&gt; &amp; co
 * &#64;author nobody
 * {&#64;code x} &#92; back &#xC4;&#xD6; &#x65E5; $dollar
 *
 * <p>A row of table public.customers.
 *
 * @param id Primary key *&#47; injected
 * @param email Login; unique.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredTable("public.customers")
@NullMarked
public record Customer(UUID id, Email email, String name, @Nullable String bio,
        byte @Nullable [] avatar, byte[] photo, double score, OffsetDateTime createdAt) {
    public Customer {
        Objects.requireNonNull(id, "public.customers.id must not be null");
        Objects.requireNonNull(email, "public.customers.email must not be null");
        Objects.requireNonNull(name, "public.customers.name must not be null");
        Objects.requireNonNull(photo, "public.customers.photo must not be null");
        Objects.requireNonNull(createdAt, "public.customers.created_at must not be null");
    }

    /**
     * A copy of this record with {@code id} (column public.customers.id) replaced by the given value.
     */
    public Customer withId(UUID id) {
        return new Customer(id, this.email, this.name, this.bio, this.avatar, this.photo,
                this.score, this.createdAt);
    }

    /**
     * A copy of this record with {@code email} (column public.customers.email) replaced by the given value.
     */
    public Customer withEmail(Email email) {
        return new Customer(this.id, email, this.name, this.bio, this.avatar, this.photo,
                this.score, this.createdAt);
    }

    /**
     * A copy of this record with {@code name} (column public.customers.name) replaced by the given value.
     */
    public Customer withName(String name) {
        return new Customer(this.id, this.email, name, this.bio, this.avatar, this.photo,
                this.score, this.createdAt);
    }

    /**
     * A copy of this record with {@code bio} (column public.customers.bio) replaced by the given value.
     */
    public Customer withBio(@Nullable String bio) {
        return new Customer(this.id, this.email, this.name, bio, this.avatar, this.photo,
                this.score, this.createdAt);
    }

    /**
     * A copy of this record with {@code avatar} (column public.customers.avatar) replaced by the given value.
     */
    public Customer withAvatar(byte @Nullable [] avatar) {
        return new Customer(this.id, this.email, this.name, this.bio, avatar, this.photo,
                this.score, this.createdAt);
    }

    /**
     * A copy of this record with {@code photo} (column public.customers.photo) replaced by the given value.
     */
    public Customer withPhoto(byte[] photo) {
        return new Customer(this.id, this.email, this.name, this.bio, this.avatar, photo,
                this.score, this.createdAt);
    }

    /**
     * A copy of this record with {@code score} (column public.customers.score) replaced by the given value.
     */
    public Customer withScore(double score) {
        return new Customer(this.id, this.email, this.name, this.bio, this.avatar, this.photo,
                score, this.createdAt);
    }

    /**
     * A copy of this record with {@code createdAt} (column public.customers.created_at) replaced by the given value.
     */
    public Customer withCreatedAt(OffsetDateTime createdAt) {
        return new Customer(this.id, this.email, this.name, this.bio, this.avatar, this.photo,
                this.score, createdAt);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || other instanceof Customer that
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
        return "Customer["
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
