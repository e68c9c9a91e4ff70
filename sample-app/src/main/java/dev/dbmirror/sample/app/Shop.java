package dev.dbmirror.sample.app;

import dev.dbmirror.sample.domain.NewCustomer;
import dev.dbmirror.sample.domain.NewProduct;
import dev.dbmirror.sample.persistence.JdbcCustomerRepository;
import dev.dbmirror.sample.persistence.JdbcOrderItemRepository;
import dev.dbmirror.sample.persistence.JdbcOrderRepository;
import dev.dbmirror.sample.persistence.JdbcOrderTotalRepository;
import dev.dbmirror.sample.persistence.JdbcProductRepository;
import dev.dbmirror.sample.persistence.JdbcSession;
import dev.dbmirror.sample.service.OrderService;
import dev.dbmirror.sample.service.RevenueService;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** Wires the JDBC adapter into the services: the one place that knows both sides. */
final class Shop {

    private final JdbcCustomerRepository customers;
    private final JdbcProductRepository products;
    private final JdbcOrderRepository orders;
    private final JdbcOrderItemRepository items;
    private final OrderService orderService;
    private final RevenueService revenueService;

    private Shop(JdbcSession session) {
        customers = new JdbcCustomerRepository(session);
        products = new JdbcProductRepository(session);
        orders = new JdbcOrderRepository(session);
        items = new JdbcOrderItemRepository(session);
        orderService = new OrderService(session, customers, products, orders, items);
        revenueService = new RevenueService(customers, new JdbcOrderTotalRepository(session));
    }

    static Shop on(DataSource dataSource) {
        return new Shop(new JdbcSession(dataSource));
    }

    /** Two customers and two products; ids, timestamps and JSON defaults come from the database. */
    void seed() {
        customers.insert(new NewCustomer(null, "ada@example.com", "Ada Lovelace", null));
        customers.insert(new NewCustomer(null, "grace@example.com", "Grace Hopper", null));
        products.insert(new NewProduct("KB-01", "Keyboard", new BigDecimal("49.90"), "{\"layout\": \"ISO\"}"));
        products.insert(new NewProduct("MS-02", "Mouse", new BigDecimal("19.50"), null));
    }

    OrderService orders() {
        return orderService;
    }

    RevenueService revenue() {
        return revenueService;
    }

    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("customers", customers.count());
        counts.put("products", products.count());
        counts.put("orders", orders.count());
        counts.put("order_items", items.count());
        return counts;
    }
}
