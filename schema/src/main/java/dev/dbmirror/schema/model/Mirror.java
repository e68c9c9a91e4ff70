package dev.dbmirror.schema.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole mirror: one {@code tables.json}. Immutable; lists are copied on construction.
 *
 * @param format  the format version, {@link #FORMAT} for everything this library writes
 * @param source  where the mirror was pulled from
 * @param enums   enum types, each with its labels in database order
 * @param domains domain types (a named base type with optional constraints)
 * @param tables  tables, views and the other relation kinds
 */
public record Mirror(int format, Source source, List<EnumType> enums, List<Domain> domains, List<Table> tables) {

    /** The newest format this library reads and the one it writes. */
    public static final int FORMAT = 1;

    public Mirror {
        Objects.requireNonNull(source, "source");
        enums = List.copyOf(enums);
        domains = List.copyOf(domains);
        tables = List.copyOf(tables);
    }

    /** The table with this schema and name, if any. */
    public Optional<Table> table(String schema, String name) {
        return tables.stream().filter(t -> t.schema().equals(schema) && t.name().equals(name)).findFirst();
    }

    /** The enum type with this schema and name, if any. */
    public Optional<EnumType> enumType(String schema, String name) {
        return enums.stream().filter(e -> e.schema().equals(schema) && e.name().equals(name)).findFirst();
    }

    /** The domain with this schema and name, if any. */
    public Optional<Domain> domain(String schema, String name) {
        return domains.stream().filter(d -> d.schema().equals(schema) && d.name().equals(name)).findFirst();
    }
}
