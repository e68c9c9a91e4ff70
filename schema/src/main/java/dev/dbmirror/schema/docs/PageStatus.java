package dev.dbmirror.schema.docs;

/** A relation's pages compared with those already in the output folder. */
public enum PageStatus {
    /** The page and script there have exactly the new bytes. */
    CURRENT("✓", "current"),
    /** Neither page nor script is there yet. */
    NEW("+", "new"),
    /** A page or script is there with other bytes (or one of the two is missing). */
    CHANGED("~", "changed"),
    /** A page or script is there for a relation the mirror no longer has. */
    ORPHANED("⚠", "orphaned");

    private final String mark;
    private final String word;

    PageStatus(String mark, String word) {
        this.mark = mark;
        this.word = word;
    }

    /** The mark in {@code _index.md}: ✓ + ~ ⚠. */
    public String mark() {
        return mark;
    }

    public String word() {
        return word;
    }
}
