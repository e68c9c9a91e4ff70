package dev.dbmirror.bench.adapters;

import java.math.BigDecimal;
import java.util.List;

/**
 * One way of reaching the {@code items} table, reduced to the three operations the benchmark times.
 * Each implementation returns what its own API returns (a record, a jOOQ POJO); the benchmark hands it
 * to JMH's blackhole.
 */
interface ItemAccess {

    Object findById(long id);

    Object insert(String sku, String name, BigDecimal price);

    List<?> findAll();
}
