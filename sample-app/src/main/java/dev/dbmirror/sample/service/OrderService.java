package dev.dbmirror.sample.service;

import dev.dbmirror.sample.domain.Customer;
import dev.dbmirror.sample.domain.CustomerRepository;
import dev.dbmirror.sample.domain.NewOrder;
import dev.dbmirror.sample.domain.NewOrderItem;
import dev.dbmirror.sample.domain.Order;
import dev.dbmirror.sample.domain.OrderItem;
import dev.dbmirror.sample.domain.OrderItemRepository;
import dev.dbmirror.sample.domain.OrderRepository;
import dev.dbmirror.sample.domain.OrderStatus;
import dev.dbmirror.sample.domain.Product;
import dev.dbmirror.sample.domain.ProductRepository;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Placing orders and reading a customer's order history, on the generated ports only. */
public final class OrderService {

    private final Transactions transactions;
    private final CustomerRepository customers;
    private final ProductRepository products;
    private final OrderRepository orders;
    private final OrderItemRepository items;

    public OrderService(Transactions transactions, CustomerRepository customers, ProductRepository products,
                        OrderRepository orders, OrderItemRepository items) {
        this.transactions = transactions;
        this.customers = customers;
        this.products = products;
        this.orders = orders;
        this.items = items;
    }

    /**
     * Places an order for the customer with this email, pricing each line at the product's current
     * price. The order and its lines are written in one transaction.
     *
     * @throws IllegalArgumentException for an unknown customer or SKU, or no lines
     */
    public Order placeOrder(String customerEmail, List<OrderLine> lines, @Nullable String note) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
        return transactions.inTransaction(() -> {
            Customer customer = customers.findByEmail(customerEmail)
                    .orElseThrow(() -> new IllegalArgumentException("no customer with email " + customerEmail));
            // status and placed_at come from the database defaults.
            Order order = orders.insert(NewOrder.of(customer.id()).withNote(note));
            for (OrderLine line : lines) {
                Product product = products.findBySku(line.sku())
                        .orElseThrow(() -> new IllegalArgumentException("no product with SKU " + line.sku()));
                items.insert(NewOrderItem.of(order.id(), product.id(), line.quantity(), product.price()));
            }
            return order;
        });
    }

    /**
     * Marks an order paid, reading and updating it in one transaction, so that a concurrent change between
     * the two is not overwritten with what this one read before; returns whether the order existed.
     */
    public boolean markPaid(UUID orderId) {
        return transactions.inTransaction(() -> orders.findById(orderId)
                .map(order -> orders.update(order.withStatus(OrderStatus.PAID)))
                .orElse(false));
    }

    /** The customer's orders, newest first, each with its lines. */
    public List<PlacedOrder> history(String customerEmail) {
        Customer customer = customers.findByEmail(customerEmail)
                .orElseThrow(() -> new IllegalArgumentException("no customer with email " + customerEmail));
        return orders.findByCustomerId(customer.id()).stream()
                .sorted(Comparator.comparing(Order::placedAt).reversed().thenComparing(o -> o.id().toString()))
                .map(order -> new PlacedOrder(order, items.findByOrderId(order.id())))
                .toList();
    }

    /** An order with its lines. */
    public record PlacedOrder(Order order, List<OrderItem> lines) {
    }
}
