package dev.dbmirror.sample.service;

/** What a customer asks for: so many of the product with this SKU. */
public record OrderLine(String sku, int quantity) {

    public OrderLine {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity of " + sku + " must be positive, was " + quantity);
        }
    }
}
