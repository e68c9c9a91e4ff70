package dev.dbmirror.bench.adapters;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code findById}, {@code insert} and {@code findAll} (all {@value BenchDatabase#ROWS} rows) on the same
 * table through the generated adapter, hand-written JDBC and jOOQ's generated DAO. Each benchmark and
 * access runs in its own JVM fork with its own freshly loaded database, so the inserts of one do not
 * change what {@code findAll} of another reads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ItemBenchmark {

    @Param({"generated", "handWritten", "jooqDao"})
    public String access;

    private BenchDatabase database;
    private ItemAccess items;
    private long next;

    @Setup(Level.Trial)
    public void start() throws Exception {
        database = BenchDatabase.start();
        items = Accesses.named(access, database.dataSource());
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        database.close();
    }

    @Benchmark
    public Object findById() {
        // walks all rows in a fixed, scattered order (7,919 is prime to the row count)
        next = (next + 7_919) % BenchDatabase.ROWS;
        return items.findById().apply(next + 1);
    }

    @Benchmark
    public Object insert() {
        next++;
        return items.insert().item("new-" + next, "New item " + next, BigDecimal.valueOf(next % 1000, 2));
    }

    @Benchmark
    public List<?> findAll() {
        return items.findAll().get();
    }
}
