package dev.dbmirror.schema.diff;

import dev.dbmirror.schema.model.Check;
import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.Domain;
import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Identity;
import dev.dbmirror.schema.model.Index;
import dev.dbmirror.schema.model.ReferentialAction;
import dev.dbmirror.schema.model.Table;
import java.util.List;
import java.util.stream.Collectors;

/** The one-line texts that stand for schema objects and their properties in a {@link Change}. */
final class Describe {

    private Describe() {
    }

    /** {@code numeric(12,2) not null default 0}: type, nullability, then default, identity and generated when set. */
    static String column(Column c) {
        StringBuilder out = new StringBuilder(c.type()).append(' ').append(nullability(c.nullable()));
        if (c.defaultValue() != null) {
            out.append(" default ").append(c.defaultValue());
        }
        if (c.identity() != null) {
            out.append(" identity ").append(c.identity().json());
        }
        if (c.generated() != null) {
            out.append(" generated ").append(c.generated());
        }
        return out.toString();
    }

    static String nullability(boolean nullable) {
        return nullable ? "null" : "not null";
    }

    static String identity(Identity identity) {
        return identity == null ? null : identity.json();
    }

    /** {@code table, 3 columns}. */
    static String table(Table t) {
        int count = t.columns().size();
        return t.kind().json() + ", " + count + (count == 1 ? " column" : " columns");
    }

    /** {@code (a, b)}. */
    static String list(List<String> items) {
        return "(" + String.join(", ", items) + ")";
    }

    /** {@code (customer_id) references public.customers (id) on delete cascade}; {@code no action} is left out. */
    static String foreignKey(ForeignKey fk) {
        StringBuilder out = new StringBuilder(list(fk.columns()))
                .append(" references ").append(fk.references().qualifiedTable())
                .append(' ').append(list(fk.references().columns()));
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            out.append(" on update ").append(fk.onUpdate().json());
        }
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            out.append(" on delete ").append(fk.onDelete().json());
        }
        return out.toString();
    }

    /** The database's definition when known, else {@code unique (lower(email))}. */
    static String index(Index i) {
        if (i.definition() != null) {
            return i.definition();
        }
        return (i.unique() ? "unique " : "") + list(i.columns());
    }

    /** {@code text not null default 'x' check (VALUE <> '')}. */
    static String domain(Domain d) {
        StringBuilder out = new StringBuilder(d.type()).append(' ').append(nullability(d.nullable()));
        if (d.defaultValue() != null) {
            out.append(" default ").append(d.defaultValue());
        }
        if (!d.checks().isEmpty()) {
            out.append(' ').append(checks(d.checks()));
        }
        return out.toString();
    }

    /** {@code name CHECK (...); name2 CHECK (...)}, {@code null} for none. */
    static String checks(List<Check> checks) {
        return checks.isEmpty() ? null
                : checks.stream().map(c -> c.name() + " " + c.expression()).collect(Collectors.joining("; "));
    }
}
