package dev.dbmirror.schema.model;

import java.util.Arrays;
import java.util.Optional;

/** A foreign key's {@code ON UPDATE} / {@code ON DELETE} action. */
public enum ReferentialAction {
    NO_ACTION("no action"),
    RESTRICT("restrict"),
    CASCADE("cascade"),
    SET_NULL("set null"),
    SET_DEFAULT("set default");

    private final String json;

    ReferentialAction(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static Optional<ReferentialAction> fromJson(String text) {
        return Arrays.stream(values()).filter(a -> a.json.equals(text)).findFirst();
    }
}
