package com.acme.shop.db;

import com.acme.shop.NewTicket;
import com.acme.shop.Ticket;
import com.acme.shop.TicketRepository;
import dev.dbmirror.annotations.MirroredAdapter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;
import javax.sql.DataSource;
import org.jspecify.annotations.NullMarked;

/**
 * The JDBC adapter of TicketRepository: table public.tickets on PostgreSQL, on connections from the DataSource it is given.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredAdapter("public.tickets")
@NullMarked
public final class JdbcTicketRepository implements TicketRepository {
    private static final String TABLE = "public.tickets";

    /**
     * The constraints a failure of a statement on the table can name.
     */
    private static final String[] CONSTRAINTS = {"tickets_pkey"};

    private final DataSource dataSource;

    /**
     * @param dataSource where connections come from; for a transaction over several
     *                   repositories, build them all on the same one and use {@link JdbcTransactions}
     */
    public JdbcTicketRepository(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Ticket insert(NewTicket row) {
        return JdbcSupport.run(dataSource, "INSERT INTO public.tickets (title) VALUES (?) RETURNING id, title",
                TABLE, CONSTRAINTS, statement -> {
            statement.setString(1, row.title());
            return JdbcSupport.one(statement, JdbcTicketRepository::read).orElseThrow();
        });
    }

    @Override
    public Optional<Ticket> findById(int id) {
        return JdbcSupport.run(dataSource, "SELECT id, title FROM public.tickets WHERE id = ?",
                TABLE, CONSTRAINTS, statement -> {
            statement.setInt(1, id);
            return JdbcSupport.one(statement, JdbcTicketRepository::read);
        });
    }

    @Override
    public List<Ticket> findAll() {
        return JdbcSupport.run(dataSource, "SELECT id, title FROM public.tickets ORDER BY id",
                TABLE, CONSTRAINTS,
                statement -> JdbcSupport.all(statement, JdbcTicketRepository::read));
    }

    @Override
    public boolean update(Ticket row) {
        return JdbcSupport.run(dataSource, "UPDATE public.tickets SET title = ? WHERE id = ?",
                TABLE, CONSTRAINTS, statement -> {
            statement.setString(1, row.title());
            statement.setInt(2, row.id());
            return statement.executeUpdate() > 0;
        });
    }

    @Override
    public boolean deleteById(int id) {
        return JdbcSupport.run(dataSource, "DELETE FROM public.tickets WHERE id = ?",
                TABLE, CONSTRAINTS, statement -> {
            statement.setInt(1, id);
            return statement.executeUpdate() > 0;
        });
    }

    @Override
    public long count() {
        return JdbcSupport.run(dataSource, "SELECT count(*) FROM public.tickets",
                TABLE, CONSTRAINTS,
                statement -> JdbcSupport.one(statement, rows -> rows.getLong(1)).orElseThrow());
    }

    private static Ticket read(ResultSet rows) throws SQLException {
        return new Ticket(
                rows.getInt(1),
                rows.getString(2));
    }
}
