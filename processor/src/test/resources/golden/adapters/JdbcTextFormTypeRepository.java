package com.acme.shop.db;

import com.acme.shop.NewTextFormType;
import com.acme.shop.TextFormType;
import com.acme.shop.TextFormTypeRepository;
import dev.dbmirror.annotations.MirroredAdapter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;
import javax.sql.DataSource;
import org.jspecify.annotations.NullMarked;

/**
 * The JDBC adapter of TextFormTypeRepository: table public.text_form_types on PostgreSQL, on connections from the DataSource it is given.
 */
@Generated("dev.dbmirror.processor.DbMirrorProcessor")
@MirroredAdapter("public.text_form_types")
@NullMarked
public final class JdbcTextFormTypeRepository implements TextFormTypeRepository {
    private static final String TABLE = "public.text_form_types";

    /**
     * The constraints a failure of a statement on the table can name.
     */
    private static final String[] CONSTRAINTS = {"text_form_types_pkey"};

    private final DataSource dataSource;

    /**
     * @param dataSource where connections come from; for a transaction over several
     *                   repositories, build them all on the same one and use {@link JdbcTransactions}
     */
    public JdbcTextFormTypeRepository(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public TextFormType insert(NewTextFormType row) {
        return JdbcSupport.run(dataSource, "INSERT INTO public.text_form_types (id, c_interval, c_inet, c_cidr, c_macaddr, c_macaddr8, c_money, c_xml, c_bit, c_varbit, c_tsvector, c_tsquery, c_int4range, c_daterange, c_int4multirange, c_point, c_line, c_lseg, c_box, c_path, c_polygon, c_circle, c_oid, c_pg_lsn, c_char, c_name, c_jsonpath, c_txid_snapshot, c_interval_array, c_inet_array) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id, c_interval, c_inet, c_cidr, c_macaddr, c_macaddr8, c_money, c_xml, c_bit, c_varbit, c_tsvector, c_tsquery, c_int4range, c_daterange, c_int4multirange, c_point, c_line, c_lseg, c_box, c_path, c_polygon, c_circle, c_oid, c_pg_lsn, c_char, c_name, c_jsonpath, c_txid_snapshot, c_interval_array, c_inet_array",
                TABLE, CONSTRAINTS, statement -> {
            statement.setInt(1, row.id());
            if (row.cInterval() == null) {
                statement.setNull(2, Types.OTHER);
            } else {
                statement.setObject(2, row.cInterval(), Types.OTHER);
            }
            if (row.cInet() == null) {
                statement.setNull(3, Types.OTHER);
            } else {
                statement.setObject(3, row.cInet(), Types.OTHER);
            }
            if (row.cCidr() == null) {
                statement.setNull(4, Types.OTHER);
            } else {
                statement.setObject(4, row.cCidr(), Types.OTHER);
            }
            if (row.cMacaddr() == null) {
                statement.setNull(5, Types.OTHER);
            } else {
                statement.setObject(5, row.cMacaddr(), Types.OTHER);
            }
            if (row.cMacaddr8() == null) {
                statement.setNull(6, Types.OTHER);
            } else {
                statement.setObject(6, row.cMacaddr8(), Types.OTHER);
            }
            if (row.cMoney() == null) {
                statement.setNull(7, Types.OTHER);
            } else {
                statement.setObject(7, row.cMoney(), Types.OTHER);
            }
            if (row.cXml() == null) {
                statement.setNull(8, Types.OTHER);
            } else {
                statement.setObject(8, row.cXml(), Types.OTHER);
            }
            if (row.cBit() == null) {
                statement.setNull(9, Types.OTHER);
            } else {
                statement.setObject(9, row.cBit(), Types.OTHER);
            }
            if (row.cVarbit() == null) {
                statement.setNull(10, Types.OTHER);
            } else {
                statement.setObject(10, row.cVarbit(), Types.OTHER);
            }
            if (row.cTsvector() == null) {
                statement.setNull(11, Types.OTHER);
            } else {
                statement.setObject(11, row.cTsvector(), Types.OTHER);
            }
            if (row.cTsquery() == null) {
                statement.setNull(12, Types.OTHER);
            } else {
                statement.setObject(12, row.cTsquery(), Types.OTHER);
            }
            if (row.cInt4range() == null) {
                statement.setNull(13, Types.OTHER);
            } else {
                statement.setObject(13, row.cInt4range(), Types.OTHER);
            }
            if (row.cDaterange() == null) {
                statement.setNull(14, Types.OTHER);
            } else {
                statement.setObject(14, row.cDaterange(), Types.OTHER);
            }
            if (row.cInt4multirange() == null) {
                statement.setNull(15, Types.OTHER);
            } else {
                statement.setObject(15, row.cInt4multirange(), Types.OTHER);
            }
            if (row.cPoint() == null) {
                statement.setNull(16, Types.OTHER);
            } else {
                statement.setObject(16, row.cPoint(), Types.OTHER);
            }
            if (row.cLine() == null) {
                statement.setNull(17, Types.OTHER);
            } else {
                statement.setObject(17, row.cLine(), Types.OTHER);
            }
            if (row.cLseg() == null) {
                statement.setNull(18, Types.OTHER);
            } else {
                statement.setObject(18, row.cLseg(), Types.OTHER);
            }
            if (row.cBox() == null) {
                statement.setNull(19, Types.OTHER);
            } else {
                statement.setObject(19, row.cBox(), Types.OTHER);
            }
            if (row.cPath() == null) {
                statement.setNull(20, Types.OTHER);
            } else {
                statement.setObject(20, row.cPath(), Types.OTHER);
            }
            if (row.cPolygon() == null) {
                statement.setNull(21, Types.OTHER);
            } else {
                statement.setObject(21, row.cPolygon(), Types.OTHER);
            }
            if (row.cCircle() == null) {
                statement.setNull(22, Types.OTHER);
            } else {
                statement.setObject(22, row.cCircle(), Types.OTHER);
            }
            if (row.cOid() == null) {
                statement.setNull(23, Types.OTHER);
            } else {
                statement.setLong(23, row.cOid());
            }
            if (row.cPgLsn() == null) {
                statement.setNull(24, Types.OTHER);
            } else {
                statement.setObject(24, row.cPgLsn(), Types.OTHER);
            }
            if (row.cChar() == null) {
                statement.setNull(25, Types.OTHER);
            } else {
                statement.setObject(25, row.cChar(), Types.OTHER);
            }
            if (row.cName() == null) {
                statement.setNull(26, Types.OTHER);
            } else {
                statement.setObject(26, row.cName(), Types.OTHER);
            }
            if (row.cJsonpath() == null) {
                statement.setNull(27, Types.OTHER);
            } else {
                statement.setObject(27, row.cJsonpath(), Types.OTHER);
            }
            if (row.cTxidSnapshot() == null) {
                statement.setNull(28, Types.OTHER);
            } else {
                statement.setObject(28, row.cTxidSnapshot(), Types.OTHER);
            }
            if (row.cIntervalArray() == null) {
                statement.setNull(29, Types.OTHER);
            } else {
                statement.setArray(29, statement.getConnection().createArrayOf("interval",
                        row.cIntervalArray().toArray()));
            }
            if (row.cInetArray() == null) {
                statement.setNull(30, Types.OTHER);
            } else {
                statement.setArray(30, statement.getConnection().createArrayOf("inet",
                        row.cInetArray().toArray()));
            }
            return JdbcSupport.one(statement, JdbcTextFormTypeRepository::read).orElseThrow();
        });
    }

    @Override
    public Optional<TextFormType> findById(int id) {
        return JdbcSupport.run(dataSource, "SELECT id, c_interval, c_inet, c_cidr, c_macaddr, c_macaddr8, c_money, c_xml, c_bit, c_varbit, c_tsvector, c_tsquery, c_int4range, c_daterange, c_int4multirange, c_point, c_line, c_lseg, c_box, c_path, c_polygon, c_circle, c_oid, c_pg_lsn, c_char, c_name, c_jsonpath, c_txid_snapshot, c_interval_array, c_inet_array FROM public.text_form_types WHERE id = ?",
                TABLE, CONSTRAINTS, statement -> {
            statement.setInt(1, id);
            return JdbcSupport.one(statement, JdbcTextFormTypeRepository::read);
        });
    }

    @Override
    public List<TextFormType> findAll() {
        return JdbcSupport.run(dataSource, "SELECT id, c_interval, c_inet, c_cidr, c_macaddr, c_macaddr8, c_money, c_xml, c_bit, c_varbit, c_tsvector, c_tsquery, c_int4range, c_daterange, c_int4multirange, c_point, c_line, c_lseg, c_box, c_path, c_polygon, c_circle, c_oid, c_pg_lsn, c_char, c_name, c_jsonpath, c_txid_snapshot, c_interval_array, c_inet_array FROM public.text_form_types ORDER BY id",
                TABLE, CONSTRAINTS,
                statement -> JdbcSupport.all(statement, JdbcTextFormTypeRepository::read));
    }

    @Override
    public boolean update(TextFormType row) {
        return JdbcSupport.run(dataSource, "UPDATE public.text_form_types SET c_interval = ?, c_inet = ?, c_cidr = ?, c_macaddr = ?, c_macaddr8 = ?, c_money = ?, c_xml = ?, c_bit = ?, c_varbit = ?, c_tsvector = ?, c_tsquery = ?, c_int4range = ?, c_daterange = ?, c_int4multirange = ?, c_point = ?, c_line = ?, c_lseg = ?, c_box = ?, c_path = ?, c_polygon = ?, c_circle = ?, c_oid = ?, c_pg_lsn = ?, c_char = ?, c_name = ?, c_jsonpath = ?, c_txid_snapshot = ?, c_interval_array = ?, c_inet_array = ? WHERE id = ?",
                TABLE, CONSTRAINTS, statement -> {
            if (row.cInterval() == null) {
                statement.setNull(1, Types.OTHER);
            } else {
                statement.setObject(1, row.cInterval(), Types.OTHER);
            }
            if (row.cInet() == null) {
                statement.setNull(2, Types.OTHER);
            } else {
                statement.setObject(2, row.cInet(), Types.OTHER);
            }
            if (row.cCidr() == null) {
                statement.setNull(3, Types.OTHER);
            } else {
                statement.setObject(3, row.cCidr(), Types.OTHER);
            }
            if (row.cMacaddr() == null) {
                statement.setNull(4, Types.OTHER);
            } else {
                statement.setObject(4, row.cMacaddr(), Types.OTHER);
            }
            if (row.cMacaddr8() == null) {
                statement.setNull(5, Types.OTHER);
            } else {
                statement.setObject(5, row.cMacaddr8(), Types.OTHER);
            }
            if (row.cMoney() == null) {
                statement.setNull(6, Types.OTHER);
            } else {
                statement.setObject(6, row.cMoney(), Types.OTHER);
            }
            if (row.cXml() == null) {
                statement.setNull(7, Types.OTHER);
            } else {
                statement.setObject(7, row.cXml(), Types.OTHER);
            }
            if (row.cBit() == null) {
                statement.setNull(8, Types.OTHER);
            } else {
                statement.setObject(8, row.cBit(), Types.OTHER);
            }
            if (row.cVarbit() == null) {
                statement.setNull(9, Types.OTHER);
            } else {
                statement.setObject(9, row.cVarbit(), Types.OTHER);
            }
            if (row.cTsvector() == null) {
                statement.setNull(10, Types.OTHER);
            } else {
                statement.setObject(10, row.cTsvector(), Types.OTHER);
            }
            if (row.cTsquery() == null) {
                statement.setNull(11, Types.OTHER);
            } else {
                statement.setObject(11, row.cTsquery(), Types.OTHER);
            }
            if (row.cInt4range() == null) {
                statement.setNull(12, Types.OTHER);
            } else {
                statement.setObject(12, row.cInt4range(), Types.OTHER);
            }
            if (row.cDaterange() == null) {
                statement.setNull(13, Types.OTHER);
            } else {
                statement.setObject(13, row.cDaterange(), Types.OTHER);
            }
            if (row.cInt4multirange() == null) {
                statement.setNull(14, Types.OTHER);
            } else {
                statement.setObject(14, row.cInt4multirange(), Types.OTHER);
            }
            if (row.cPoint() == null) {
                statement.setNull(15, Types.OTHER);
            } else {
                statement.setObject(15, row.cPoint(), Types.OTHER);
            }
            if (row.cLine() == null) {
                statement.setNull(16, Types.OTHER);
            } else {
                statement.setObject(16, row.cLine(), Types.OTHER);
            }
            if (row.cLseg() == null) {
                statement.setNull(17, Types.OTHER);
            } else {
                statement.setObject(17, row.cLseg(), Types.OTHER);
            }
            if (row.cBox() == null) {
                statement.setNull(18, Types.OTHER);
            } else {
                statement.setObject(18, row.cBox(), Types.OTHER);
            }
            if (row.cPath() == null) {
                statement.setNull(19, Types.OTHER);
            } else {
                statement.setObject(19, row.cPath(), Types.OTHER);
            }
            if (row.cPolygon() == null) {
                statement.setNull(20, Types.OTHER);
            } else {
                statement.setObject(20, row.cPolygon(), Types.OTHER);
            }
            if (row.cCircle() == null) {
                statement.setNull(21, Types.OTHER);
            } else {
                statement.setObject(21, row.cCircle(), Types.OTHER);
            }
            if (row.cOid() == null) {
                statement.setNull(22, Types.OTHER);
            } else {
                statement.setLong(22, row.cOid());
            }
            if (row.cPgLsn() == null) {
                statement.setNull(23, Types.OTHER);
            } else {
                statement.setObject(23, row.cPgLsn(), Types.OTHER);
            }
            if (row.cChar() == null) {
                statement.setNull(24, Types.OTHER);
            } else {
                statement.setObject(24, row.cChar(), Types.OTHER);
            }
            if (row.cName() == null) {
                statement.setNull(25, Types.OTHER);
            } else {
                statement.setObject(25, row.cName(), Types.OTHER);
            }
            if (row.cJsonpath() == null) {
                statement.setNull(26, Types.OTHER);
            } else {
                statement.setObject(26, row.cJsonpath(), Types.OTHER);
            }
            if (row.cTxidSnapshot() == null) {
                statement.setNull(27, Types.OTHER);
            } else {
                statement.setObject(27, row.cTxidSnapshot(), Types.OTHER);
            }
            if (row.cIntervalArray() == null) {
                statement.setNull(28, Types.OTHER);
            } else {
                statement.setArray(28, statement.getConnection().createArrayOf("interval",
                        row.cIntervalArray().toArray()));
            }
            if (row.cInetArray() == null) {
                statement.setNull(29, Types.OTHER);
            } else {
                statement.setArray(29, statement.getConnection().createArrayOf("inet",
                        row.cInetArray().toArray()));
            }
            statement.setInt(30, row.id());
            return statement.executeUpdate() > 0;
        });
    }

    @Override
    public boolean deleteById(int id) {
        return JdbcSupport.run(dataSource, "DELETE FROM public.text_form_types WHERE id = ?",
                TABLE, CONSTRAINTS, statement -> {
            statement.setInt(1, id);
            return statement.executeUpdate() > 0;
        });
    }

    @Override
    public long count() {
        return JdbcSupport.run(dataSource, "SELECT count(*) FROM public.text_form_types",
                TABLE, CONSTRAINTS,
                statement -> JdbcSupport.one(statement, rows -> rows.getLong(1)).orElseThrow());
    }

    private static TextFormType read(ResultSet rows) throws SQLException {
        return new TextFormType(
                rows.getInt(1),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                rows.getString(6),
                rows.getString(7),
                rows.getString(8),
                rows.getString(9),
                rows.getString(10),
                rows.getString(11),
                rows.getString(12),
                rows.getString(13),
                rows.getString(14),
                rows.getString(15),
                rows.getString(16),
                rows.getString(17),
                rows.getString(18),
                rows.getString(19),
                rows.getString(20),
                rows.getString(21),
                rows.getString(22),
                rows.getObject(23, Long.class),
                rows.getString(24),
                rows.getString(25),
                rows.getString(26),
                rows.getString(27),
                rows.getString(28),
                JdbcSupport.list(rows.getArray(29), elements -> elements.getString(2)),
                JdbcSupport.list(rows.getArray(30), elements -> elements.getString(2)));
    }
}
