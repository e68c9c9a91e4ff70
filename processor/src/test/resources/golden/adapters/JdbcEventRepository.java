package com.acme.shop.db;

import com.acme.shop.Event;
import com.acme.shop.EventRepository;
import dev.dbmirror.annotations.MirroredAdapter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import javax.sql.DataSource;
import org.jspecify.annotations.NullMarked;

/**
 * The JDBC adapter of EventRepository: table public.events on PostgreSQL, on connections from the DataSource it is given.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredAdapter("public.events")
@NullMarked
public final class JdbcEventRepository implements EventRepository {
    private static final String TABLE = "public.events";

    /**
     * The constraints a failure of a statement on the table can name.
     */
    private static final String[] CONSTRAINTS = {};

    private final DataSource dataSource;

    /**
     * @param dataSource where connections come from; for a transaction over several
     *                   repositories, build them all on the same one and use {@link JdbcTransactions}
     */
    public JdbcEventRepository(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public List<Event> findAll() {
        return JdbcSupport.run(dataSource, "SELECT at, what FROM public.events", TABLE, CONSTRAINTS,
                statement -> JdbcSupport.all(statement, JdbcEventRepository::read));
    }

    @Override
    public long count() {
        return JdbcSupport.run(dataSource, "SELECT count(*) FROM public.events", TABLE, CONSTRAINTS,
                statement -> JdbcSupport.one(statement, rows -> rows.getLong(1)).orElseThrow());
    }

    private static Event read(ResultSet rows) throws SQLException {
        return new Event(
                rows.getObject(1, OffsetDateTime.class),
                rows.getString(2));
    }
}
