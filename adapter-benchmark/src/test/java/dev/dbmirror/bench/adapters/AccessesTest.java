package dev.dbmirror.bench.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dbmirror.bench.adapters.domain.Item;
import dev.dbmirror.bench.adapters.jooq.tables.pojos.Items;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The three accesses do the same work: the same rows, the same values the database supplied. */
class AccessesTest {

    private static final List<String> NAMES = List.of("generated", "handWritten", "jooqDao");

    private BenchDatabase database;

    @BeforeEach
    void start() throws Exception {
        database = BenchDatabase.start();
    }

    @AfterEach
    void stop() throws Exception {
        database.close();
    }

    @Test
    void findByIdReadsTheSameRow() {
        for (String name : NAMES) {
            Object found = access(name).findById().apply(42);
            assertEquals("42|sku-42|Item number 42|42.99|42|note 42", text(found), name);
        }
    }

    @Test
    void findAllReadsEveryRowInKeyOrder() {
        for (String name : NAMES) {
            List<?> all = access(name).findAll().get();
            assertEquals(BenchDatabase.ROWS, all.size(), name);
            assertEquals("1|sku-1|Item number 1|1.99|1|null", text(all.get(0)), name);
            assertEquals("3|sku-3|Item number 3|3.99|3|note 3", text(all.get(2)), name);
        }
    }

    @Test
    void insertLeavesKeyDefaultsAndTimestampToTheDatabase() {
        for (String name : NAMES) {
            Object inserted = access(name).insert().item("new-" + name, "New " + name, new BigDecimal("9.50"));
            String text = text(inserted);
            assertEquals("|new-" + name + "|New " + name + "|9.50|0|null", text.substring(text.indexOf('|')), name);
        }
    }

    private ItemAccess access(String name) {
        return Accesses.named(name, database.dataSource());
    }

    /** id|sku|name|price|stock|note of a record, a jOOQ POJO or an Optional of one. */
    private static String text(Object row) {
        if (row instanceof Optional<?> optional) {
            return text(optional.orElseThrow());
        }
        if (row instanceof Item item) {
            return String.join("|", String.valueOf(item.id()), item.sku(), item.name(), item.price().toPlainString(),
                    String.valueOf(item.stock()), String.valueOf(item.note()));
        }
        Items item = (Items) row;
        return String.join("|", String.valueOf(item.getId()), item.getSku(), item.getName(),
                item.getPrice().toPlainString(), String.valueOf(item.getStock()), String.valueOf(item.getNote()));
    }
}
