package dev.dbmirror.bench.adapters;

import dev.dbmirror.bench.adapters.domain.ItemRepository;
import dev.dbmirror.bench.adapters.domain.NewItem;
import dev.dbmirror.bench.adapters.jdbc.HandWrittenItems;
import dev.dbmirror.bench.adapters.jooq.tables.daos.ItemsDao;
import dev.dbmirror.bench.adapters.jooq.tables.pojos.Items;
import dev.dbmirror.bench.adapters.persistence.JdbcItemRepository;
import java.math.BigDecimal;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/** The three ways of reaching {@code items} that the benchmark compares, by the names of its parameter. */
final class Accesses {

    private Accesses() {
    }

    static ItemAccess named(String name, DataSource dataSource) {
        return switch (name) {
            case "generated" -> generated(new JdbcItemRepository(dataSource));
            case "handWritten" -> handWritten(new HandWrittenItems(dataSource));
            // returning all columns on insert, as the other two do (jOOQ's default returns only the identity)
            case "jooqDao" -> jooqDao(new ItemsDao(DSL.using(dataSource, SQLDialect.POSTGRES,
                    new Settings().withReturnAllOnUpdatableRecord(true)).configuration()));
            default -> throw new IllegalArgumentException("no access named " + name);
        };
    }

    private static ItemAccess generated(ItemRepository repository) {
        return new ItemAccess() {
            @Override
            public Object findById(long id) {
                return repository.findById(id);
            }

            @Override
            public Object insert(String sku, String name, BigDecimal price) {
                return repository.insert(NewItem.of(sku, name, price));
            }

            @Override
            public List<?> findAll() {
                return repository.findAll();
            }
        };
    }

    private static ItemAccess handWritten(HandWrittenItems items) {
        return new ItemAccess() {
            @Override
            public Object findById(long id) {
                return items.findById(id);
            }

            @Override
            public Object insert(String sku, String name, BigDecimal price) {
                return items.insert(sku, name, price);
            }

            @Override
            public List<?> findAll() {
                return items.findAll();
            }
        };
    }

    private static ItemAccess jooqDao(ItemsDao dao) {
        return new ItemAccess() {
            @Override
            public Object findById(long id) {
                return dao.findById(id);
            }

            @Override
            public Object insert(String sku, String name, BigDecimal price) {
                // null id, stock and created_at: the database supplies them, as with the other two
                Items item = new Items(null, sku, name, price, null, null, null);
                dao.insert(item);
                return item;
            }

            @Override
            public List<?> findAll() {
                return dao.findAll();
            }
        };
    }
}
