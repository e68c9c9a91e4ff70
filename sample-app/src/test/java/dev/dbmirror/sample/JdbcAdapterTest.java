package dev.dbmirror.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbmirror.sample.domain.Customer;
import dev.dbmirror.sample.domain.DuplicateKeyException;
import dev.dbmirror.sample.domain.NewCustomer;
import dev.dbmirror.sample.domain.NewOrder;
import dev.dbmirror.sample.domain.NewOrderItem;
import dev.dbmirror.sample.domain.NewProduct;
import dev.dbmirror.sample.domain.Order;
import dev.dbmirror.sample.domain.OrderItem;
import dev.dbmirror.sample.domain.OrderItemKey;
import dev.dbmirror.sample.domain.OrderStatus;
import dev.dbmirror.sample.domain.OrderTotal;
import dev.dbmirror.sample.domain.Product;
import dev.dbmirror.sample.persistence.JdbcCustomerRepository;
import dev.dbmirror.sample.persistence.JdbcOrderItemRepository;
import dev.dbmirror.sample.persistence.JdbcOrderRepository;
import dev.dbmirror.sample.persistence.JdbcOrderTotalRepository;
import dev.dbmirror.sample.persistence.JdbcProductRepository;
import dev.dbmirror.sample.persistence.JdbcRevenueReport;
import dev.dbmirror.sample.persistence.JdbcTransactions;
import dev.dbmirror.sample.service.CustomerService;
import dev.dbmirror.sample.service.OrderLine;
import dev.dbmirror.sample.service.OrderService;
import dev.dbmirror.sample.service.RevenueReport.CustomerRevenue;
import dev.dbmirror.sample.support.ShopDatabase;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated JDBC adapters, the services on them and the hand-written report against a real, migrated
 * PostgreSQL: every port the shop uses, its transactions, and a unique violation seen by business code.
 */
class JdbcAdapterTest {

    private JdbcCustomerRepository customers;
    private JdbcProductRepository products;
    private JdbcOrderRepository orders;
    private JdbcOrderItemRepository items;
    private JdbcOrderTotalRepository totals;
    private JdbcRevenueReport revenue;
    private OrderService orderService;

    @BeforeEach
    void freshDatabase() {
        DataSource dataSource = ShopDatabase.migrated().dataSource();
        customers = new JdbcCustomerRepository(dataSource);
        products = new JdbcProductRepository(dataSource);
        orders = new JdbcOrderRepository(dataSource);
        items = new JdbcOrderItemRepository(dataSource);
        totals = new JdbcOrderTotalRepository(dataSource);
        revenue = new JdbcRevenueReport(dataSource);
        orderService = new OrderService(new JdbcTransactions(dataSource)::inTransaction, customers, products, orders,
                items);
    }

    @Test
    void insertLetsTheDatabaseSupplyDefaults() {
        Customer ada = customers.insert(NewCustomer.of("ada@example.com", "Ada"));

        assertNotNull(ada.id());
        assertNotNull(ada.createdAt());
        assertEquals(Optional.of(ada), customers.findById(ada.id()));
    }

    @Test
    void insertKeepsGivenValuesForDatabaseSuppliedColumns() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000042");
        OffsetDateTime at = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);

        Customer grace = customers.insert(NewCustomer.of("grace@example.com", "Grace").withId(id).withCreatedAt(at));

        assertEquals(id, grace.id());
        assertTrue(grace.createdAt().isEqual(at));
    }

    @Test
    void uniqueLookupsAndViolations() {
        customers.insert(NewCustomer.of("ada@example.com", "Ada"));
        Product keyboard = products.insert(NewProduct.of("KB-01", "Keyboard", new BigDecimal("49.90")));

        assertEquals("Ada", customers.findByEmail("ada@example.com").orElseThrow().name());
        assertEquals(Optional.empty(), customers.findByEmail("nobody@example.com"));
        assertEquals(keyboard, products.findBySku("KB-01").orElseThrow());
        DuplicateKeyException duplicate = assertThrows(DuplicateKeyException.class,
                () -> customers.insert(NewCustomer.of("ada@example.com", "Other")));
        assertEquals("customers_email_key", duplicate.constraint());
        assertEquals("public.customers", duplicate.table());
        assertEquals(Optional.empty(), new CustomerService(customers).register("ada@example.com", "Other"),
                "business code handles the violation");
    }

    @Test
    void anOrderAndItsLinesAreWrittenInOneTransaction() {
        customers.insert(NewCustomer.of("ada@example.com", "Ada"));
        products.insert(NewProduct.of("KB-01", "Keyboard", new BigDecimal("49.90")));

        assertThrows(IllegalArgumentException.class, () -> orderService.placeOrder("ada@example.com",
                List.of(new OrderLine("KB-01", 1), new OrderLine("NO-SUCH-SKU", 1)), null));
        assertEquals(0, orders.count(), "the order of the failed call was rolled back");
        assertEquals(0, items.count(), "and so was its first line");

        Order placed = orderService.placeOrder("ada@example.com", List.of(new OrderLine("KB-01", 2)), null);
        assertTrue(orderService.markPaid(placed.id()));
        assertEquals(OrderStatus.PAID, orders.findById(placed.id()).orElseThrow().status());
        assertFalse(orderService.markPaid(UUID.randomUUID()));
        assertEquals(List.of(new CustomerRevenue("ada@example.com", new BigDecimal("99.80"))),
                revenue.revenuePerCustomer());
    }

    @Test
    void identityAlwaysAndJsonbRoundTrip() {
        Product plain = products.insert(NewProduct.of("MS-02", "Mouse", new BigDecimal("19.50")));
        Product rich = products.insert(NewProduct.of("KB-01", "Keyboard", new BigDecimal("49.90"))
                .withAttributes("{\"layout\": \"ISO\", \"keys\": 105}"));

        assertEquals("{}", plain.attributes());
        assertEquals("{\"keys\": 105, \"layout\": \"ISO\"}", rich.attributes()); // jsonb normalises key order
        assertEquals(plain.id() + 1, rich.id());

        Product renamed = rich.withName("Keyboard TKL").withAttributes("{\"layout\": \"ANSI\"}");
        assertTrue(products.update(renamed));
        assertEquals(renamed, products.findById(rich.id()).orElseThrow());
    }

    @Test
    void enumRoundTripAndForeignKeyFinders() {
        Customer ada = customers.insert(NewCustomer.of("ada@example.com", "Ada"));
        Customer grace = customers.insert(NewCustomer.of("grace@example.com", "Grace"));
        Order pending = orders.insert(NewOrder.of(ada.id()));
        Order shipped = orders.insert(NewOrder.of(ada.id()).withStatus(OrderStatus.SHIPPED).withNote("fragile"));
        orders.insert(NewOrder.of(grace.id()));

        assertEquals(OrderStatus.PENDING, pending.status());
        assertNull(pending.note());
        assertEquals(OrderStatus.SHIPPED, shipped.status());
        assertEquals(List.of(pending.id(), shipped.id()).stream().sorted().toList(),
                orders.findByCustomerId(ada.id()).stream().map(Order::id).sorted().toList());

        Order cancelled = pending.withStatus(OrderStatus.CANCELLED).withNote("changed mind");
        assertTrue(orders.update(cancelled));
        assertEquals(OrderStatus.CANCELLED, orders.findById(pending.id()).orElseThrow().status());
        assertEquals(3, orders.count());
    }

    @Test
    void compositeKeysAndTheReadOnlyView() {
        Customer ada = customers.insert(NewCustomer.of("ada@example.com", "Ada"));
        Product keyboard = products.insert(NewProduct.of("KB-01", "Keyboard", new BigDecimal("49.90")));
        Product mouse = products.insert(NewProduct.of("MS-02", "Mouse", new BigDecimal("19.50")));
        Order order = orders.insert(NewOrder.of(ada.id()));
        items.insert(NewOrderItem.of(order.id(), keyboard.id(), 1, keyboard.price()));
        OrderItem mouseItem = items.insert(NewOrderItem.of(order.id(), mouse.id(), 2, mouse.price()));

        OrderItemKey mouseLine = new OrderItemKey(order.id(), mouse.id());
        assertEquals(2, items.findById(mouseLine).orElseThrow().quantity());
        assertEquals(2, items.findByOrderId(order.id()).size());
        assertEquals(1, items.findByProductId(keyboard.id()).size());
        assertEquals(List.of(new OrderTotal(order.id(), ada.id(), OrderStatus.PENDING, new BigDecimal("88.90"))),
                totals.findAll());

        assertTrue(items.update(mouseItem.withQuantity(3)));
        assertEquals(new BigDecimal("108.40"), totals.findAll().get(0).total());
        assertTrue(items.deleteById(mouseLine));
        assertFalse(items.deleteById(mouseLine));
        assertEquals(1, items.count());
        assertEquals(1, totals.count());
    }
}
