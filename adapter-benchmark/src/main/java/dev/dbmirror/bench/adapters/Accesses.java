package dev.dbmirror.bench.adapters;

import dev.dbmirror.bench.adapters.domain.ItemRepository;
import dev.dbmirror.bench.adapters.domain.NewItem;
import dev.dbmirror.bench.adapters.jdbc.HandWrittenItems;
import dev.dbmirror.bench.adapters.jooq.tables.daos.ItemsDao;
import dev.dbmirror.bench.adapters.jooq.tables.pojos.Items;
import dev.dbmirror.bench.adapters.persistence.JdbcItemRepository;
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
        return new ItemAccess(repository::findById, (sku, name, price) -> repository.insert(NewItem.of(sku, name, price)),
                repository::findAll);
    }

    private static ItemAccess handWritten(HandWrittenItems items) {
        return new ItemAccess(items::findById, items::insert, items::findAll);
    }

    private static ItemAccess jooqDao(ItemsDao dao) {
        return new ItemAccess(dao::findById, (sku, name, price) -> {
            // null id, stock and created_at: the database supplies them, as with the other two
            Items item = new Items(null, sku, name, price, null, null, null);
            dao.insert(item);
            return item;
        }, dao::findAll);
    }
}
