package dev.dbmirror.schema.diff;

/** What kind of schema object a {@link Change} is about; {@link #label()} is how text and JSON name it. */
public enum ObjectKind {
    ENUM("enum"),
    DOMAIN("domain"),
    TABLE("table"),
    COLUMN("column"),
    PRIMARY_KEY("primary key"),
    UNIQUE("unique"),
    FOREIGN_KEY("foreign key"),
    CHECK("check"),
    INDEX("index");

    private final String label;

    ObjectKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
