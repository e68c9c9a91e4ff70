package dev.dbmirror.schema.model;

import java.util.Objects;

/** A check constraint; {@code expression} as the database prints it, e.g. {@code CHECK ((total >= 0))}. */
public record Check(String name, String expression) {

    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
    }
}
