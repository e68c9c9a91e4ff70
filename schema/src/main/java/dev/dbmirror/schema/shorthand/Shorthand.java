package dev.dbmirror.schema.shorthand;

import dev.dbmirror.schema.model.EnumType;
import java.util.List;

/**
 * The shorthand column syntax of {@code add-table} and tests:
 * {@code id:uuid:pk,email:string(200):unique,status:order_status='new',customer_id:uuid:fk>customers.id:ondelete=cascade,note:text?}.
 * Items are separated by commas, each is {@code name:type} followed by flags, separated by colons:
 * <ul>
 *   <li>{@code ?} right after the type, or as a flag (also {@code null}) — nullable (columns are NOT NULL otherwise);</li>
 *   <li>{@code =expression} right after the type, or as a flag — the default, as SQL ({@code =0}, {@code =now()}, {@code ='new'});</li>
 *   <li>{@code pk} — part of the primary key (several make a composite key, in the order written);</li>
 *   <li>{@code unique} — a single-column unique constraint;</li>
 *   <li>{@code fk>table.column} or {@code fk>schema.table.column} (also {@code ref=}) — a single-column foreign key;</li>
 *   <li>{@code ondelete=ACTION} — its action: {@code no-action}, {@code restrict}, {@code cascade}, {@code set-null}, {@code set-default}.</li>
 * </ul>
 * Types are those of {@link ShorthandTypes} ({@code string}, {@code string(n)}, {@code int}, {@code decimal(p,s)}, …)
 * or enum names of the mirror, each optionally followed by {@code []} for an array. Commas and colons
 * inside parentheses or quotes, and {@code ::} casts, do not separate. Blanks around items and parts are ignored.
 */
public final class Shorthand {

    private Shorthand() {
    }

    /** Parses a column list whose types are catalog types only, into the catalog's portable type names. */
    public static ShorthandColumns parse(String spec) throws ShorthandException {
        return parse(spec, List.of());
    }

    /**
     * Parses a column list into the catalog's portable type names; a type may also name one of {@code
     * enums}, by name or schema-qualified, and becomes its qualified name ({@code public.order_status}).
     * References are taken as written.
     *
     * @throws ShorthandException every bad item, with its number, text, character offset and the fix
     */
    public static ShorthandColumns parse(String spec, List<EnumType> enums) throws ShorthandException {
        return new ShorthandParser(spec, enums, false, null).parse();
    }

    /** The type names the shorthand takes, as a user is shown them: {@code uuid, string, string(n), …}. */
    public static List<String> typeNames() {
        return ShorthandTypes.listed();
    }
}
