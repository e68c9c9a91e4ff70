package dev.dbmirror.sample.persistence;

import dev.dbmirror.sample.service.RevenueReport;
import java.util.List;
import javax.sql.DataSource;

/**
 * The shop's one hand-written query: a report the generated ports do not have, in SQL. It runs through the
 * generated {@code JdbcSupport}, so it takes part in a {@code JdbcTransactions} transaction and fails with the
 * domain's exceptions, as the generated adapters do.
 */
public final class JdbcRevenueReport implements RevenueReport {

    /** Paid and shipped orders count as revenue; every customer is listed, with 0 when they have none. */
    private static final String REVENUE_PER_CUSTOMER = """
            SELECT c.email, coalesce(sum(t.total) FILTER (WHERE t.status IN ('paid', 'shipped')), 0) AS revenue
            FROM customers c LEFT JOIN order_totals t ON t.customer_id = c.id
            GROUP BY c.email
            ORDER BY revenue DESC, c.email""";

    private final DataSource dataSource;

    public JdbcRevenueReport(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<CustomerRevenue> revenuePerCustomer() {
        return JdbcSupport.run(dataSource, REVENUE_PER_CUSTOMER, "public.order_totals", new String[0],
                statement -> JdbcSupport.all(statement,
                        rows -> new CustomerRevenue(rows.getString(1), rows.getBigDecimal(2))));
    }
}
