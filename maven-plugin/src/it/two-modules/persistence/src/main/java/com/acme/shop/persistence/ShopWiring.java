package com.acme.shop.persistence;

import com.acme.shop.domain.CustomerRepository;
import com.acme.shop.domain.OrderRepository;
import javax.sql.DataSource;

/** User code of the generated adapters: the ports of the domain module, built on one data source. */
public final class ShopWiring {

    final CustomerRepository customers;
    final OrderRepository orders;
    final JdbcTransactions transactions;

    public ShopWiring(DataSource dataSource) {
        customers = new JdbcCustomerRepository(dataSource);
        orders = new JdbcOrderRepository(dataSource);
        transactions = new JdbcTransactions(dataSource);
    }
}
