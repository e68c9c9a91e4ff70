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
 * A row of table public.orders.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredTable("public.orders")
@NullMarked
public record Order(long id, UUID customerId, OrderStatus status, String ref, BigDecimal total,
        @Nullable BigDecimal totalWithTax, @Nullable List<String> tags, @Nullable Json document,
        @Nullable Integer hashCode_) {
    public Order {
        Objects.requireNonNull(customerId, "public.orders.customer_id must not be null");
        Objects.requireNonNull(status, "public.orders.status must not be null");
        Objects.requireNonNull(ref, "public.orders.ref must not be null");
        Objects.requireNonNull(total, "public.orders.total must not be null");
    }

    /**
     * A copy of this record with {@code id} (column public.orders.id) replaced by the given value.
     */
    public Order withId(long id) {
        return new Order(id, this.customerId, this.status, this.ref, this.total, this.totalWithTax,
                this.tags, this.document, this.hashCode_);
    }

    /**
     * A copy of this record with {@code customerId} (column public.orders.customer_id) replaced by the given value.
     */
    public Order withCustomerId(UUID customerId) {
        return new Order(this.id, customerId, this.status, this.ref, this.total, this.totalWithTax,
                this.tags, this.document, this.hashCode_);
    }

    /**
     * A copy of this record with {@code status} (column public.orders.status) replaced by the given value.
     */
    public Order withStatus(OrderStatus status) {
        return new Order(this.id, this.customerId, status, this.ref, this.total, this.totalWithTax,
                this.tags, this.document, this.hashCode_);
    }

    /**
     * A copy of this record with {@code ref} (column public.orders.ref) replaced by the given value.
     */
    public Order withRef(String ref) {
        return new Order(this.id, this.customerId, this.status, ref, this.total, this.totalWithTax,
                this.tags, this.document, this.hashCode_);
    }

    /**
     * A copy of this record with {@code total} (column public.orders.total) replaced by the given value.
     */
    public Order withTotal(BigDecimal total) {
        return new Order(this.id, this.customerId, this.status, this.ref, total, this.totalWithTax,
                this.tags, this.document, this.hashCode_);
    }

    /**
     * A copy of this record with {@code totalWithTax} (column public.orders.total_with_tax) replaced by the given value.
     */
    public Order withTotalWithTax(@Nullable BigDecimal totalWithTax) {
        return new Order(this.id, this.customerId, this.status, this.ref, this.total, totalWithTax,
                this.tags, this.document, this.hashCode_);
    }

    /**
     * A copy of this record with {@code tags} (column public.orders.tags) replaced by the given value.
     */
    public Order withTags(@Nullable List<String> tags) {
        return new Order(this.id, this.customerId, this.status, this.ref, this.total,
                this.totalWithTax, tags, this.document, this.hashCode_);
    }

    /**
     * A copy of this record with {@code document} (column public.orders.document) replaced by the given value.
     */
    public Order withDocument(@Nullable Json document) {
        return new Order(this.id, this.customerId, this.status, this.ref, this.total,
                this.totalWithTax, this.tags, document, this.hashCode_);
    }

    /**
     * A copy of this record with {@code hashCode_} (column public.orders.hash_code) replaced by the given value.
     */
    public Order withHashCode_(@Nullable Integer hashCode_) {
        return new Order(this.id, this.customerId, this.status, this.ref, this.total,
                this.totalWithTax, this.tags, this.document, hashCode_);
    }
}
