package com.acme.shop;

import dev.dbmirror.annotations.MirroredEnum;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * The database enum type public.order_status.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredEnum("public.order_status")
@NullMarked
public enum OrderStatus {
    PENDING("pending"),

    PAID("paid"),

    SHIPPED("shipped");

    private final String label;

    OrderStatus(String label) {
        this.label = label;
    }

    /**
     * The label of this value in the database.
     */
    public String label() {
        return label;
    }

    /**
     * The value with this database label.
     *
     * @throws IllegalArgumentException if no value has this label
     */
    public static OrderStatus fromLabel(String label) {
        for (OrderStatus value : values()) {
            if (value.label.equals(label)) {
                return value;
            }
        }
        throw new IllegalArgumentException("no value of public.order_status has the label " + label);
    }
}
