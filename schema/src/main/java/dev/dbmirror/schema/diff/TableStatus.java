package dev.dbmirror.schema.diff;

/** How one table differs between the two mirrors of a {@link MirrorDiff}. */
public enum TableStatus {
    /** In both mirrors, the same (also answered for a table in neither). */
    UNCHANGED,
    /** Only in the second mirror. */
    ADDED,
    /** Only in the first mirror. */
    REMOVED,
    /** In both, with differences in the table or in its columns, keys, constraints or indexes. */
    CHANGED
}
