package dev.dbmirror.bench.adapters;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * One way of reaching the {@code items} table, reduced to the three operations the benchmark times.
 * Each returns what its own API returns (a record, a jOOQ POJO); the benchmark hands it to JMH's blackhole.
 */
record ItemAccess(LongFunction<Object> findById, Insert insert, Supplier<List<?>> findAll) {

    /** Inserts an item from the columns an insert must give; the database supplies the others. */
    interface Insert {
        Object item(String sku, String name, BigDecimal price);
    }
}
