package dev.dbmirror.schema.diff;

import java.util.Objects;

/**
 * One difference between two mirrors.
 *
 * @param kind    added, removed or changed
 * @param object  what kind of object changed
 * @param subject the object's stable qualified name: {@code public.orders} for a table,
 *                {@code public.orders.total} for a column, {@code public.orders.orders_pkey} for a
 *                constraint or index, {@code public.order_status} for an enum or domain
 * @param table   the qualified table the change belongs to, {@code null} for enums and domains
 * @param aspect  for {@link ChangeKind#CHANGED}, the property that changed ({@code type}, {@code nullable},
 *                {@code default}, {@code identity}, {@code generated}, {@code comment}, {@code kind},
 *                {@code values}, {@code checks}, {@code columns}); {@code null} when the object is
 *                compared as a whole (foreign keys, checks, indexes) and for added or removed objects
 * @param before  the object (or aspect) as text in the first mirror; {@code null} when the object is added
 *                or the aspect is not set (no default, no comment, …)
 * @param after   the object (or aspect) as text in the second mirror; {@code null} when the object is
 *                removed or the aspect is not set
 */
public record Change(ChangeKind kind, ObjectKind object, String subject, String table, String aspect,
                     String before, String after) {

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(subject, "subject");
    }

    /** The subject without its table prefix ({@code total} for {@code public.orders.total}); the subject itself otherwise. */
    public String name() {
        return table == null || object == ObjectKind.TABLE ? subject : subject.substring(table.length() + 1);
    }
}
