package dev.dbmirror.schema.diff;

/** Whether an object appeared, disappeared or changed between the two mirrors; {@link #symbol()} prefixes its line in text. */
public enum ChangeKind {
    ADDED("+", "added"),
    REMOVED("-", "removed"),
    CHANGED("~", "changed");

    private final String symbol;
    private final String json;

    ChangeKind(String symbol, String json) {
        this.symbol = symbol;
        this.json = json;
    }

    public String symbol() {
        return symbol;
    }

    public String json() {
        return json;
    }
}
