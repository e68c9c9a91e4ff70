package dev.dbmirror.schema.shorthand;

import dev.dbmirror.schema.model.EnumType;
import java.util.List;

/**
 * The shorthand column syntax of {@code add-table} and tests:
 * {@code id:uuid:pk,email:string:unique,customer_id:uuid:ref=customers.id,tags:string[]:null}.
 * Items are separated by commas, each is {@code name:type} followed by flags:
 * <ul>
 *   <li>{@code pk} — part of the primary key (several make a composite key, in the order written);</li>
 *   <li>{@code unique} — a single-column unique constraint;</li>
 *   <li>{@code null} — nullable (columns are NOT NULL otherwise);</li>
 *   <li>{@code ref=table.column} or {@code ref=schema.table.column} — a single-column foreign key.</li>
 * </ul>
 * Types are the generic names of the type catalog ({@link #TYPES}) or enum names of the mirror,
 * each optionally followed by {@code []} for an array. Blanks around items and parts are ignored.
 */
public final class Shorthand {

    /** The portable type names of a {@code "dialect": "generic"} mirror. */
    public static final List<String> TYPES = List.of("uuid", "string", "text", "boolean", "smallint", "int", "bigint",
            "decimal", "float", "double", "date", "time", "timestamp", "timestamptz", "interval", "bytes", "json");

    private Shorthand() {
    }

    /** Parses a column list whose types are catalog types only. */
    public static ShorthandColumns parse(String spec) throws ShorthandException {
        return parse(spec, List.of());
    }

    /**
     * Parses a column list; a type may also name one of {@code enums}, by name or schema-qualified,
     * and becomes its qualified name ({@code public.order_status}).
     *
     * @throws ShorthandException every bad item, with its number, text, character offset and the fix
     */
    public static ShorthandColumns parse(String spec, List<EnumType> enums) throws ShorthandException {
        return new ShorthandParser(spec, enums).parse();
    }
}
