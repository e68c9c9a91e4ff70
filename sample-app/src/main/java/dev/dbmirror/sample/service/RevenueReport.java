package dev.dbmirror.sample.service;

import java.math.BigDecimal;
import java.util.List;

/** A port for a query the generated repositories do not have; the persistence layer implements it in SQL. */
public interface RevenueReport {

    /** Every customer with the sum of their paid and shipped orders, highest first, then by email. */
    List<CustomerRevenue> revenuePerCustomer();

    /** A customer's email and what they have spent. */
    record CustomerRevenue(String email, BigDecimal revenue) {
    }
}
