package dev.dbmirror.sample.app;

import dev.dbmirror.sample.domain.NewProduct;
import dev.dbmirror.sample.persistence.JdbcCustomerRepository;
import dev.dbmirror.sample.persistence.JdbcOrderItemRepository;
import dev.dbmirror.sample.persistence.JdbcOrderRepository;
import dev.dbmirror.sample.persistence.JdbcProductRepository;
import dev.dbmirror.sample.persistence.JdbcRevenueReport;
import dev.dbmirror.sample.persistence.JdbcTransactions;
import dev.dbmirror.sample.service.CustomerService;
import dev.dbmirror.sample.service.OrderService;
import dev.dbmirror.sample.service.RevenueReport;
import dev.dbmirror.sample.service.Transactions;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Wires the generated JDBC adapters into the services: the one place that knows both sides. Every adapter
 * is built on the same data source, so that {@link JdbcTransactions} spans them.
 */
final class Shop {

    private final JdbcCustomerRepository customers;
    private final JdbcProductRepository products;
    private final JdbcOrderRepository orders;
    private final JdbcOrderItemRepository items;
    private final CustomerService customerService;
    private final OrderService orderService;
    private final RevenueReport revenueReport;

    private Shop(DataSource dataSource) {
        customers = new JdbcCustomerRepository(dataSource);
        products = new JdbcProductRepository(dataSource);
        orders = new JdbcOrderRepository(dataSource);
        items = new JdbcOrderItemRepository(dataSource);
        Transactions transactions = new JdbcTransactions(dataSource)::inTransaction;
        customerService = new CustomerService(customers);
        orderService = new OrderService(transactions, customers, products, orders, items);
        revenueReport = new JdbcRevenueReport(dataSource);
    }

    static Shop on(DataSource dataSource) {
        return new Shop(dataSource);
    }

    /** Two customers and two products; ids, timestamps and JSON defaults come from the database. */
    void seed() {
        customerService.register("ada@example.com", "Ada Lovelace");
        customerService.register("grace@example.com", "Grace Hopper");
        products.insert(NewProduct.of("KB-01", "Keyboard", new BigDecimal("49.90"))
                .withAttributes("{\"layout\": \"ISO\"}"));
        products.insert(NewProduct.of("MS-02", "Mouse", new BigDecimal("19.50")));
    }

    CustomerService customers() {
        return customerService;
    }

    OrderService orders() {
        return orderService;
    }

    RevenueReport revenue() {
        return revenueReport;
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
