package dev.dbmirror.sample.service;

import dev.dbmirror.sample.domain.Customer;
import dev.dbmirror.sample.domain.CustomerRepository;
import dev.dbmirror.sample.domain.OrderStatus;
import dev.dbmirror.sample.domain.OrderTotal;
import dev.dbmirror.sample.domain.OrderTotalRepository;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Revenue per customer, read from the {@code order_totals} view through its read-only port. */
public final class RevenueService {

    /** Orders that count as revenue: paid or shipped, not pending or cancelled. */
    private static final Set<OrderStatus> EARNED = Set.of(OrderStatus.PAID, OrderStatus.SHIPPED);

    private final CustomerRepository customers;
    private final OrderTotalRepository totals;

    public RevenueService(CustomerRepository customers, OrderTotalRepository totals) {
        this.customers = customers;
        this.totals = totals;
    }

    /** Every customer with the sum of their earned orders, highest first, then by email. */
    public List<CustomerRevenue> revenuePerCustomer() {
        Map<UUID, BigDecimal> earned = totals.findAll().stream()
                .filter(t -> t.status() != null && EARNED.contains(t.status()))
                .collect(Collectors.groupingBy(t -> Objects.requireNonNull(t.customerId()),
                        Collectors.reducing(BigDecimal.ZERO, RevenueService::total, BigDecimal::add)));
        return customers.findAll().stream()
                .map(c -> new CustomerRevenue(c, earned.getOrDefault(c.id(), BigDecimal.ZERO)))
                .sorted(Comparator.comparing(CustomerRevenue::revenue).reversed()
                        .thenComparing(r -> r.customer().email()))
                .toList();
    }

    private static BigDecimal total(OrderTotal t) {
        return t.total() == null ? BigDecimal.ZERO : t.total();
    }

    /** A customer and what they have spent. */
    public record CustomerRevenue(Customer customer, BigDecimal revenue) {
    }
}
