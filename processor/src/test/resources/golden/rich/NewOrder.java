package com.acme.shop;

import com.acme.types.Json;
import dev.dbmirror.annotations.MirroredTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A new row for table public.orders, to insert. A null value for a column the database supplies (default, identity) means: let the database supply it. Generated and identity-always columns are left out.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredTable("public.orders")
@NullMarked
public record NewOrder(UUID customerId, @Nullable OrderStatus status, String ref, BigDecimal total,
        @Nullable List<String> tags, @Nullable Json document, @Nullable Integer hashCode_) {
    public NewOrder {
        Objects.requireNonNull(customerId, "public.orders.customer_id must not be null");
        Objects.requireNonNull(ref, "public.orders.ref must not be null");
        Objects.requireNonNull(total, "public.orders.total must not be null");
    }

    /**
     * A new row with the values an insert must give: the NOT NULL columns that have no default and
     * are neither identity nor generated, in table order. Every other component is null (the database
     * supplies its default or identity value, a nullable column stays NULL); set them with the
     * {@code with} methods. Unlike the constructor, a call of this method keeps compiling when a
     * nullable column or a column with a default is added to the table.
     */
    public static NewOrder of(UUID customerId, String ref, BigDecimal total) {
        return new NewOrder(customerId, null, ref, total, null, null, null);
    }

    /**
     * A copy of this record with {@code customerId} (column public.orders.customer_id) replaced by the given value.
     */
    public NewOrder withCustomerId(UUID customerId) {
        return new NewOrder(customerId, this.status, this.ref, this.total, this.tags, this.document,
                this.hashCode_);
    }

    /**
     * A copy of this record with {@code status} (column public.orders.status) replaced by the given value.
     */
    public NewOrder withStatus(@Nullable OrderStatus status) {
        return new NewOrder(this.customerId, status, this.ref, this.total, this.tags, this.document,
                this.hashCode_);
    }

    /**
     * A copy of this record with {@code ref} (column public.orders.ref) replaced by the given value.
     */
    public NewOrder withRef(String ref) {
        return new NewOrder(this.customerId, this.status, ref, this.total, this.tags, this.document,
                this.hashCode_);
    }

    /**
     * A copy of this record with {@code total} (column public.orders.total) replaced by the given value.
     */
    public NewOrder withTotal(BigDecimal total) {
        return new NewOrder(this.customerId, this.status, this.ref, total, this.tags, this.document,
                this.hashCode_);
    }

    /**
     * A copy of this record with {@code tags} (column public.orders.tags) replaced by the given value.
     */
    public NewOrder withTags(@Nullable List<String> tags) {
        return new NewOrder(this.customerId, this.status, this.ref, this.total, tags, this.document,
                this.hashCode_);
    }

    /**
     * A copy of this record with {@code document} (column public.orders.document) replaced by the given value.
     */
    public NewOrder withDocument(@Nullable Json document) {
        return new NewOrder(this.customerId, this.status, this.ref, this.total, this.tags, document,
                this.hashCode_);
    }

    /**
     * A copy of this record with {@code hashCode_} (column public.orders.hash_code) replaced by the given value.
     */
    public NewOrder withHashCode_(@Nullable Integer hashCode_) {
        return new NewOrder(this.customerId, this.status, this.ref, this.total, this.tags,
                this.document, hashCode_);
    }
}
