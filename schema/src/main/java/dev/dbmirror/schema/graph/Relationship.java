package dev.dbmirror.schema.graph;

import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Table;

/**
 * One foreign key seen as a relationship between two tables.
 *
 * @param child    the table that holds the key
 * @param key      the foreign key
 * @param parent   the referenced table
 * @param oneToOne the key's columns are also a primary key or unique key of the child, so at most one
 *                 child row points at a parent row
 * @param optional a key column is nullable, so a child row may point at no parent row
 */
public record Relationship(Table child, ForeignKey key, Table parent, boolean oneToOne, boolean optional) {

    /** The child's side: {@code one-to-one} or {@code many-to-one}, as read from the child. */
    public String cardinality() {
        return oneToOne ? "one-to-one" : "many-to-one";
    }

    /** The same relationship read from the parent: {@code one-to-one} or {@code one-to-many}. */
    public String inverseCardinality() {
        return oneToOne ? "one-to-one" : "one-to-many";
    }

    /** Whether the key points from a table at itself. */
    public boolean selfReference() {
        return child.qualifiedName().equals(parent.qualifiedName());
    }

    /** Whether every key column is part of the child's primary key: the child cannot exist without its parent. */
    public boolean identifying() {
        return child.primaryKey() != null && child.primaryKey().columns().containsAll(key.columns());
    }
}
