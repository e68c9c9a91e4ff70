package com.acme.shop.db;

import com.acme.shop.EveryType;
import com.acme.shop.EveryTypeRepository;
import com.acme.shop.Mood;
import com.acme.shop.NewEveryType;
import dev.dbmirror.annotations.MirroredAdapter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;
import javax.sql.DataSource;
import org.jspecify.annotations.NullMarked;

/**
 * The JDBC adapter of EveryTypeRepository: table public.every_type on PostgreSQL, on connections from the DataSource it is given.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredAdapter("public.every_type")
@NullMarked
public final class JdbcEveryTypeRepository implements EveryTypeRepository {
    private static final String TABLE = "public.every_type";

    /**
     * The constraints a failure of a statement on the table can name.
     */
    private static final String[] CONSTRAINTS = {"every_type_pkey"};

    private final DataSource dataSource;

    /**
     * @param dataSource where connections come from; for a transaction over several
     *                   repositories, build them all on the same one and use {@link JdbcTransactions}
     */
    public JdbcEveryTypeRepository(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public EveryType insert(NewEveryType row) {
        String sql = "INSERT INTO public.every_type (id, n_int, n_bool, n_double, n_mood, c_uuid, c_text, c_varchar, c_char, c_bool, c_int2, c_int4, c_int8, c_numeric, c_numeric_free, c_real, c_double, c_date, c_time, c_timetz, c_timestamp, c_timestamptz, c_bytea, c_json, c_jsonb, c_mood, c_email, c_int_array, c_text_array, c_mood_array, c_uuid_array, c_date_array, c_numeric_array, c_bool_array, c_timestamptz_array) VALUES (" +
                (row.id() == null ? "DEFAULT" : "?") + ", ?, ?, ?, " +
                (row.nMood() == null ? "DEFAULT" : "?") +
                ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id, n_int, n_bool, n_double, n_mood, c_uuid, c_text, c_varchar, c_char, c_bool, c_int2, c_int4, c_int8, c_numeric, c_numeric_free, c_real, c_double, c_date, c_time, c_timetz, c_timestamp, c_timestamptz, c_bytea, c_json, c_jsonb, c_mood, c_email, c_int_array, c_text_array, c_mood_array, c_uuid_array, c_date_array, c_numeric_array, c_bool_array, c_timestamptz_array";
        return JdbcSupport.run(dataSource, sql, TABLE, CONSTRAINTS, statement -> {
            int p = 0;
            if (row.id() != null) {
                statement.setLong(++p, row.id());
            }
            statement.setInt(++p, row.nInt());
            statement.setBoolean(++p, row.nBool());
            statement.setDouble(++p, row.nDouble());
            if (row.nMood() != null) {
                statement.setObject(++p, row.nMood().label(), Types.OTHER);
            }
            if (row.cUuid() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setObject(++p, row.cUuid());
            }
            if (row.cText() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setString(++p, row.cText());
            }
            if (row.cVarchar() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setString(++p, row.cVarchar());
            }
            if (row.cChar() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setString(++p, row.cChar());
            }
            if (row.cBool() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setBoolean(++p, row.cBool());
            }
            if (row.cInt2() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setShort(++p, row.cInt2());
            }
            if (row.cInt4() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setInt(++p, row.cInt4());
            }
            if (row.cInt8() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setLong(++p, row.cInt8());
            }
            if (row.cNumeric() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setBigDecimal(++p, row.cNumeric());
            }
            if (row.cNumericFree() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setBigDecimal(++p, row.cNumericFree());
            }
            if (row.cReal() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setFloat(++p, row.cReal());
            }
            if (row.cDouble() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setDouble(++p, row.cDouble());
            }
            if (row.cDate() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setObject(++p, row.cDate());
            }
            if (row.cTime() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setObject(++p, row.cTime());
            }
            if (row.cTimetz() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setObject(++p, row.cTimetz());
            }
            if (row.cTimestamp() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setObject(++p, row.cTimestamp());
            }
            if (row.cTimestamptz() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setObject(++p, row.cTimestamptz());
            }
            if (row.cBytea() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setBytes(++p, row.cBytea());
            }
            if (row.cJson() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setObject(++p, row.cJson(), Types.OTHER);
            }
            if (row.cJsonb() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setObject(++p, row.cJsonb(), Types.OTHER);
            }
            if (row.cMood() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setObject(++p, row.cMood().label(), Types.OTHER);
            }
            if (row.cEmail() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setString(++p, row.cEmail());
            }
            if (row.cIntArray() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setArray(++p, statement.getConnection().createArrayOf("int4",
                        row.cIntArray().toArray()));
            }
            if (row.cTextArray() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setArray(++p, statement.getConnection().createArrayOf("text",
                        row.cTextArray().toArray()));
            }
            if (row.cMoodArray() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setArray(++p, statement.getConnection().createArrayOf("public.mood",
                        JdbcSupport.elements(row.cMoodArray(), Mood::label)));
            }
            if (row.cUuidArray() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setArray(++p, statement.getConnection().createArrayOf("uuid",
                        row.cUuidArray().toArray()));
            }
            if (row.cDateArray() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setArray(++p, statement.getConnection().createArrayOf("date",
                        row.cDateArray().toArray()));
            }
            if (row.cNumericArray() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setArray(++p, statement.getConnection().createArrayOf("numeric",
                        row.cNumericArray().toArray()));
            }
            if (row.cBoolArray() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setArray(++p, statement.getConnection().createArrayOf("bool",
                        row.cBoolArray().toArray()));
            }
            if (row.cTimestamptzArray() == null) {
                statement.setNull(++p, Types.OTHER);
            } else {
                statement.setArray(++p, statement.getConnection().createArrayOf("timestamptz",
                        row.cTimestamptzArray().toArray()));
            }
            return JdbcSupport.one(statement, JdbcEveryTypeRepository::read).orElseThrow();
        });
    }

    @Override
    public Optional<EveryType> findById(long id) {
        return JdbcSupport.run(dataSource, "SELECT id, n_int, n_bool, n_double, n_mood, c_uuid, c_text, c_varchar, c_char, c_bool, c_int2, c_int4, c_int8, c_numeric, c_numeric_free, c_real, c_double, c_date, c_time, c_timetz, c_timestamp, c_timestamptz, c_bytea, c_json, c_jsonb, c_mood, c_email, c_int_array, c_text_array, c_mood_array, c_uuid_array, c_date_array, c_numeric_array, c_bool_array, c_timestamptz_array FROM public.every_type WHERE id = ?",
                TABLE, CONSTRAINTS, statement -> {
            statement.setLong(1, id);
            return JdbcSupport.one(statement, JdbcEveryTypeRepository::read);
        });
    }

    @Override
    public List<EveryType> findAll() {
        return JdbcSupport.run(dataSource, "SELECT id, n_int, n_bool, n_double, n_mood, c_uuid, c_text, c_varchar, c_char, c_bool, c_int2, c_int4, c_int8, c_numeric, c_numeric_free, c_real, c_double, c_date, c_time, c_timetz, c_timestamp, c_timestamptz, c_bytea, c_json, c_jsonb, c_mood, c_email, c_int_array, c_text_array, c_mood_array, c_uuid_array, c_date_array, c_numeric_array, c_bool_array, c_timestamptz_array FROM public.every_type ORDER BY id",
                TABLE, CONSTRAINTS,
                statement -> JdbcSupport.all(statement, JdbcEveryTypeRepository::read));
    }

    @Override
    public boolean update(EveryType row) {
        return JdbcSupport.run(dataSource, "UPDATE public.every_type SET n_int = ?, n_bool = ?, n_double = ?, n_mood = ?, c_uuid = ?, c_text = ?, c_varchar = ?, c_char = ?, c_bool = ?, c_int2 = ?, c_int4 = ?, c_int8 = ?, c_numeric = ?, c_numeric_free = ?, c_real = ?, c_double = ?, c_date = ?, c_time = ?, c_timetz = ?, c_timestamp = ?, c_timestamptz = ?, c_bytea = ?, c_json = ?, c_jsonb = ?, c_mood = ?, c_email = ?, c_int_array = ?, c_text_array = ?, c_mood_array = ?, c_uuid_array = ?, c_date_array = ?, c_numeric_array = ?, c_bool_array = ?, c_timestamptz_array = ? WHERE id = ?",
                TABLE, CONSTRAINTS, statement -> {
            statement.setInt(1, row.nInt());
            statement.setBoolean(2, row.nBool());
            statement.setDouble(3, row.nDouble());
            statement.setObject(4, row.nMood().label(), Types.OTHER);
            if (row.cUuid() == null) {
                statement.setNull(5, Types.OTHER);
            } else {
                statement.setObject(5, row.cUuid());
            }
            if (row.cText() == null) {
                statement.setNull(6, Types.OTHER);
            } else {
                statement.setString(6, row.cText());
            }
            if (row.cVarchar() == null) {
                statement.setNull(7, Types.OTHER);
            } else {
                statement.setString(7, row.cVarchar());
            }
            if (row.cChar() == null) {
                statement.setNull(8, Types.OTHER);
            } else {
                statement.setString(8, row.cChar());
            }
            if (row.cBool() == null) {
                statement.setNull(9, Types.OTHER);
            } else {
                statement.setBoolean(9, row.cBool());
            }
            if (row.cInt2() == null) {
                statement.setNull(10, Types.OTHER);
            } else {
                statement.setShort(10, row.cInt2());
            }
            if (row.cInt4() == null) {
                statement.setNull(11, Types.OTHER);
            } else {
                statement.setInt(11, row.cInt4());
            }
            if (row.cInt8() == null) {
                statement.setNull(12, Types.OTHER);
            } else {
                statement.setLong(12, row.cInt8());
            }
            if (row.cNumeric() == null) {
                statement.setNull(13, Types.OTHER);
            } else {
                statement.setBigDecimal(13, row.cNumeric());
            }
            if (row.cNumericFree() == null) {
                statement.setNull(14, Types.OTHER);
            } else {
                statement.setBigDecimal(14, row.cNumericFree());
            }
            if (row.cReal() == null) {
                statement.setNull(15, Types.OTHER);
            } else {
                statement.setFloat(15, row.cReal());
            }
            if (row.cDouble() == null) {
                statement.setNull(16, Types.OTHER);
            } else {
                statement.setDouble(16, row.cDouble());
            }
            if (row.cDate() == null) {
                statement.setNull(17, Types.OTHER);
            } else {
                statement.setObject(17, row.cDate());
            }
            if (row.cTime() == null) {
                statement.setNull(18, Types.OTHER);
            } else {
                statement.setObject(18, row.cTime());
            }
            if (row.cTimetz() == null) {
                statement.setNull(19, Types.OTHER);
            } else {
                statement.setObject(19, row.cTimetz());
            }
            if (row.cTimestamp() == null) {
                statement.setNull(20, Types.OTHER);
            } else {
                statement.setObject(20, row.cTimestamp());
            }
            if (row.cTimestamptz() == null) {
                statement.setNull(21, Types.OTHER);
            } else {
                statement.setObject(21, row.cTimestamptz());
            }
            if (row.cBytea() == null) {
                statement.setNull(22, Types.OTHER);
            } else {
                statement.setBytes(22, row.cBytea());
            }
            if (row.cJson() == null) {
                statement.setNull(23, Types.OTHER);
            } else {
                statement.setObject(23, row.cJson(), Types.OTHER);
            }
            if (row.cJsonb() == null) {
                statement.setNull(24, Types.OTHER);
            } else {
                statement.setObject(24, row.cJsonb(), Types.OTHER);
            }
            if (row.cMood() == null) {
                statement.setNull(25, Types.OTHER);
            } else {
                statement.setObject(25, row.cMood().label(), Types.OTHER);
            }
            if (row.cEmail() == null) {
                statement.setNull(26, Types.OTHER);
            } else {
                statement.setString(26, row.cEmail());
            }
            if (row.cIntArray() == null) {
                statement.setNull(27, Types.OTHER);
            } else {
                statement.setArray(27, statement.getConnection().createArrayOf("int4",
                        row.cIntArray().toArray()));
            }
            if (row.cTextArray() == null) {
                statement.setNull(28, Types.OTHER);
            } else {
                statement.setArray(28, statement.getConnection().createArrayOf("text",
                        row.cTextArray().toArray()));
            }
            if (row.cMoodArray() == null) {
                statement.setNull(29, Types.OTHER);
            } else {
                statement.setArray(29, statement.getConnection().createArrayOf("public.mood",
                        JdbcSupport.elements(row.cMoodArray(), Mood::label)));
            }
            if (row.cUuidArray() == null) {
                statement.setNull(30, Types.OTHER);
            } else {
                statement.setArray(30, statement.getConnection().createArrayOf("uuid",
                        row.cUuidArray().toArray()));
            }
            if (row.cDateArray() == null) {
                statement.setNull(31, Types.OTHER);
            } else {
                statement.setArray(31, statement.getConnection().createArrayOf("date",
                        row.cDateArray().toArray()));
            }
            if (row.cNumericArray() == null) {
                statement.setNull(32, Types.OTHER);
            } else {
                statement.setArray(32, statement.getConnection().createArrayOf("numeric",
                        row.cNumericArray().toArray()));
            }
            if (row.cBoolArray() == null) {
                statement.setNull(33, Types.OTHER);
            } else {
                statement.setArray(33, statement.getConnection().createArrayOf("bool",
                        row.cBoolArray().toArray()));
            }
            if (row.cTimestamptzArray() == null) {
                statement.setNull(34, Types.OTHER);
            } else {
                statement.setArray(34, statement.getConnection().createArrayOf("timestamptz",
                        row.cTimestamptzArray().toArray()));
            }
            statement.setLong(35, row.id());
            return statement.executeUpdate() > 0;
        });
    }

    @Override
    public boolean deleteById(long id) {
        return JdbcSupport.run(dataSource, "DELETE FROM public.every_type WHERE id = ?",
                TABLE, CONSTRAINTS, statement -> {
            statement.setLong(1, id);
            return statement.executeUpdate() > 0;
        });
    }

    @Override
    public long count() {
        return JdbcSupport.run(dataSource, "SELECT count(*) FROM public.every_type",
                TABLE, CONSTRAINTS,
                statement -> JdbcSupport.one(statement, rows -> rows.getLong(1)).orElseThrow());
    }

    private static EveryType read(ResultSet rows) throws SQLException {
        return new EveryType(
                rows.getLong(1),
                rows.getInt(2),
                rows.getBoolean(3),
                rows.getDouble(4),
                Mood.fromLabel(rows.getString(5)),
                rows.getObject(6, UUID.class),
                rows.getString(7),
                rows.getString(8),
                rows.getString(9),
                rows.getObject(10, Boolean.class),
                rows.getObject(11, Short.class),
                rows.getObject(12, Integer.class),
                rows.getObject(13, Long.class),
                rows.getBigDecimal(14),
                rows.getBigDecimal(15),
                rows.getObject(16, Float.class),
                rows.getObject(17, Double.class),
                rows.getObject(18, LocalDate.class),
                rows.getObject(19, LocalTime.class),
                rows.getObject(20, OffsetTime.class),
                rows.getObject(21, LocalDateTime.class),
                rows.getObject(22, OffsetDateTime.class),
                rows.getBytes(23),
                rows.getString(24),
                rows.getString(25),
                JdbcSupport.mapped(rows.getString(26), Mood::fromLabel),
                rows.getString(27),
                JdbcSupport.list(rows.getArray(28),
                        elements -> elements.getObject(2, Integer.class)),
                JdbcSupport.list(rows.getArray(29), elements -> elements.getString(2)),
                JdbcSupport.list(rows.getArray(30),
                        elements -> JdbcSupport.mapped(elements.getString(2), Mood::fromLabel)),
                JdbcSupport.list(rows.getArray(31), elements -> elements.getObject(2, UUID.class)),
                JdbcSupport.list(rows.getArray(32),
                        elements -> elements.getObject(2, LocalDate.class)),
                JdbcSupport.list(rows.getArray(33), elements -> elements.getBigDecimal(2)),
                JdbcSupport.list(rows.getArray(34),
                        elements -> elements.getObject(2, Boolean.class)),
                JdbcSupport.list(rows.getArray(35),
                        elements -> elements.getObject(2, OffsetDateTime.class)));
    }
}
