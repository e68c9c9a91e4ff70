package dev.dbmirror.processor.sql;

import dev.dbmirror.processor.javatype.JavaType;
import java.util.Optional;

/**
 * How one value goes into a statement parameter and comes back from a result column.
 *
 * @param type        the value's Java type (primitive where the record's component is)
 * @param arrayType   for {@link Kind#ARRAY}: the element type's name for {@code Connection.createArrayOf}
 * @param element     for {@link Kind#ARRAY}: how each element binds
 */
public record ValueBinding(Kind kind, JavaType type, String arrayType, Optional<ValueBinding> element) {

    /** The JDBC calls of a binding; see docs/adapters.md, "Type catalog". */
    public enum Kind {
        /** {@code setString} / {@code getString}: the text types. */
        STRING,
        /**
         * {@code setObject(i, text, Types.OTHER)} / {@code getString}: a type that PostgreSQL reads from text
         * ({@code json}, {@code inet}, …); the parameter is untyped, so the server types it from its column.
         */
        UNTYPED,
        BOOLEAN, SHORT, INT, LONG, FLOAT, DOUBLE,
        /** {@code setBigDecimal} / {@code getBigDecimal}. */
        DECIMAL,
        /** {@code setBytes} / {@code getBytes}. */
        BYTES,
        /** A generated enum: its label as an untyped parameter / {@code fromLabel(getString)}. */
        ENUM,
        /** {@code setArray(createArrayOf)} / {@code getArray}, element by element. */
        ARRAY,
        /**
         * {@code setObject(i, value)} / {@code getObject(i, Type.class)}: {@code UUID}, the {@code java.time}
         * types, and the classes of overrides, which the driver must know.
         */
        OBJECT
    }

    static ValueBinding of(Kind kind, JavaType type) {
        return new ValueBinding(kind, type, "", Optional.empty());
    }
}
