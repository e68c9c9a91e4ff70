package dev.dbmirror.processor.plan;

import java.util.Optional;

/**
 * The exceptions generated into every domain package, so that business code can react to a database failure
 * of a repository without importing a JDBC type: a base class, and a subclass per SQLState that the generated
 * adapters translate.
 */
public enum DomainException {
    DATA_ACCESS("DataAccessException", null, null,
            "A repository could not do its work in the database. Names the table and, where the database named\n"
                    + "one, the constraint; the driver's exception is the cause."),
    DUPLICATE_KEY("DuplicateKeyException", DATA_ACCESS, "23505",
            "A row would have had the same value of a primary or unique key as another row."),
    FOREIGN_KEY_VIOLATION("ForeignKeyViolationException", DATA_ACCESS, "23503",
            "A row would have referenced a row that does not exist, or a deleted or changed row was still\n"
                    + "referenced.");

    private final String javaName;
    private final DomainException parent;
    private final String sqlState;
    private final String description;

    DomainException(String javaName, DomainException parent, String sqlState, String description) {
        this.javaName = javaName;
        this.parent = parent;
        this.sqlState = sqlState;
        this.description = description;
    }

    public String javaName() {
        return javaName;
    }

    /** The class it extends; empty for the base, which extends {@link RuntimeException}. */
    public Optional<DomainException> parent() {
        return Optional.ofNullable(parent);
    }

    /** The SQLState that the adapters translate into this exception; empty for the base. */
    public Optional<String> sqlState() {
        return Optional.ofNullable(sqlState);
    }

    public String description() {
        return description;
    }
}
