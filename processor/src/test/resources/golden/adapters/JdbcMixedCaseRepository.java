package com.acme.shop.db;

import com.acme.shop.MixedCase;
import com.acme.shop.MixedCaseRepository;
import com.acme.shop.NewMixedCase;
import dev.dbmirror.annotations.MirroredAdapter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;
import javax.sql.DataSource;
import org.jspecify.annotations.NullMarked;

/**
 * The JDBC adapter of MixedCaseRepository: table public.Mixed Case on PostgreSQL, on connections from the DataSource it is given.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredAdapter("public.Mixed Case")
@NullMarked
public final class JdbcMixedCaseRepository implements MixedCaseRepository {
    private static final String TABLE = "public.Mixed Case";

    /**
     * The constraints a failure of a statement on the table can name.
     */
    private static final String[] CONSTRAINTS = {"Mixed Case_pkey", "Mixed Case_select_key"};

    private final DataSource dataSource;

    /**
     * @param dataSource where connections come from; for a transaction over several
     *                   repositories, build them all on the same one and use {@link JdbcTransactions}
     */
    public JdbcMixedCaseRepository(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public MixedCase insert(NewMixedCase row) {
        String sql = "INSERT INTO public.\"Mixed Case\" (\"Id\", \"select\", \"first name\") VALUES (" +
                (row.id() == null ? "DEFAULT" : "?") +
                ", ?, ?) RETURNING \"Id\", \"select\", \"first name\"";
        return JdbcSupport.run(dataSource, sql, TABLE, CONSTRAINTS, statement -> {
            int p = 0;
            if (row.id() != null) {
                statement.setObject(++p, row.id());
            }
            statement.setString(++p, row.select());
            if (row.firstName() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setString(++p, row.firstName());
            }
            return JdbcSupport.one(statement, JdbcMixedCaseRepository::read).orElseThrow();
        });
    }

    @Override
    public Optional<MixedCase> findById(UUID id) {
        return JdbcSupport.run(dataSource, "SELECT \"Id\", \"select\", \"first name\" FROM public.\"Mixed Case\" WHERE \"Id\" = ?",
                TABLE, CONSTRAINTS, statement -> {
            statement.setObject(1, id);
            return JdbcSupport.one(statement, JdbcMixedCaseRepository::read);
        });
    }

    @Override
    public List<MixedCase> findAll() {
        return JdbcSupport.run(dataSource, "SELECT \"Id\", \"select\", \"first name\" FROM public.\"Mixed Case\" ORDER BY \"Id\"",
                TABLE, CONSTRAINTS,
                statement -> JdbcSupport.all(statement, JdbcMixedCaseRepository::read));
    }

    @Override
    public boolean update(MixedCase row) {
        return JdbcSupport.run(dataSource, "UPDATE public.\"Mixed Case\" SET \"select\" = ?, \"first name\" = ? WHERE \"Id\" = ?",
                TABLE, CONSTRAINTS, statement -> {
            statement.setString(1, row.select());
            if (row.firstName() == null) {
                statement.setNull(2, Types.OTHER);
            } else {
                statement.setString(2, row.firstName());
            }
            statement.setObject(3, row.id());
            return statement.executeUpdate() > 0;
        });
    }

    @Override
    public boolean deleteById(UUID id) {
        return JdbcSupport.run(dataSource, "DELETE FROM public.\"Mixed Case\" WHERE \"Id\" = ?",
                TABLE, CONSTRAINTS, statement -> {
            statement.setObject(1, id);
            return statement.executeUpdate() > 0;
        });
    }

    @Override
    public long count() {
        return JdbcSupport.run(dataSource, "SELECT count(*) FROM public.\"Mixed Case\"",
                TABLE, CONSTRAINTS,
                statement -> JdbcSupport.one(statement, rows -> rows.getLong(1)).orElseThrow());
    }

    @Override
    public Optional<MixedCase> findBySelect(String select) {
        return JdbcSupport.run(dataSource, "SELECT \"Id\", \"select\", \"first name\" FROM public.\"Mixed Case\" WHERE \"select\" = ?",
                TABLE, CONSTRAINTS, statement -> {
            statement.setString(1, select);
            return JdbcSupport.one(statement, JdbcMixedCaseRepository::read);
        });
    }

    private static MixedCase read(ResultSet rows) throws SQLException {
        return new MixedCase(
                rows.getObject(1, UUID.class),
                rows.getString(2),
                rows.getString(3));
    }
}
