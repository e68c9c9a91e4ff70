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
