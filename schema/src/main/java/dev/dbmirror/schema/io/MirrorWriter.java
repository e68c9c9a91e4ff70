package dev.dbmirror.schema.io;

import dev.dbmirror.schema.model.Check;
import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.Domain;
import dev.dbmirror.schema.model.EnumType;
import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Index;
import dev.dbmirror.schema.model.Key;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Source;
import dev.dbmirror.schema.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a mirror in its canonical form (design: determinism rules): relations, enums and domains
 * sorted by (schema, name); columns, key columns and enum labels in database order; constraints
 * and indexes sorted by name; every key always present, in a fixed order, {@code null} where empty.
 * Reading a canonical file and writing it back gives the same bytes.
 */
public final class MirrorWriter {

    private MirrorWriter() {
    }

    /** The canonical text, UTF-8 when encoded, ending with a newline. */
    public static String write(Mirror mirror) {
        Mirror sorted = canonicalize(mirror);
        // a table of ten columns with its keys and an index takes about 3 KB
        CanonicalJson json = new CanonicalJson(4096 + 3072 * sorted.tables().size()).beginObject();
        json.field("format", sorted.format());
        source(json, sorted.source());
        json.beginArray("enums");
        for (EnumType e : sorted.enums()) {
            enumType(json, e);
        }
        json.endArray();
        json.beginArray("domains");
        for (Domain d : sorted.domains()) {
            domain(json, d);
        }
        json.endArray();
        json.beginArray("tables");
        for (Table t : sorted.tables()) {
            table(json, t);
        }
        json.endArray();
        return json.endObject().finish();
    }

    /** The same mirror with every order-free list sorted, so equal schemas give equal models. */
    public static Mirror canonicalize(Mirror mirror) {
        Source source = mirror.source();
        return new Mirror(mirror.format(),
                new Source(source.dialect(), source.serverMajor(), sorted(source.schemas(), Function.identity())),
                sorted(mirror.enums(), EnumType::qualifiedName),
                sorted(mirror.domains().stream().map(MirrorWriter::canonicalize).toList(), Domain::qualifiedName),
                sortedBy(mirror.tables().stream().map(MirrorWriter::canonicalize).toList(),
                        Comparator.comparing(Table::schema).thenComparing(Table::name)));
    }

    private static Domain canonicalize(Domain d) {
        return new Domain(d.schema(), d.name(), d.type(), d.nullable(), d.defaultValue(),
                sorted(d.checks(), Check::name), d.comment());
    }

    private static Table canonicalize(Table t) {
        return new Table(t.schema(), t.name(), t.kind(), t.comment(), t.columns(), t.primaryKey(),
                sorted(t.uniques(), Key::name), sorted(t.foreignKeys(), ForeignKey::name),
                sorted(t.checks(), Check::name), sorted(t.indexes(), Index::name));
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> key) {
        return sortedBy(items, Comparator.comparing(key));
    }

    private static <T> List<T> sortedBy(List<T> items, Comparator<T> order) {
        if (items.size() < 2) {
            return items; // most tables have at most one of each kind of constraint
        }
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(order);
        return sorted;
    }

    private static void source(CanonicalJson json, Source source) {
        json.objectField("source")
                .field("dialect", source.dialect())
                .field("serverMajor", source.serverMajor())
                .field("schemas", source.schemas())
                .endObject();
    }

    private static void enumType(CanonicalJson json, EnumType e) {
        json.element()
                .field("schema", e.schema())
                .field("name", e.name())
                .field("values", e.values())
                .field("comment", e.comment())
                .endObject();
    }

    private static void domain(CanonicalJson json, Domain d) {
        json.element()
                .field("schema", d.schema())
                .field("name", d.name())
                .field("type", d.type())
                .field("nullable", d.nullable())
                .field("default", d.defaultValue());
        checks(json, d.checks());
        json.field("comment", d.comment()).endObject();
    }

    private static void table(CanonicalJson json, Table t) {
        json.element()
                .field("schema", t.schema())
                .field("name", t.name())
                .field("kind", t.kind().json())
                .field("comment", t.comment());
        json.beginArray("columns");
        for (Column c : t.columns()) {
            column(json, c);
        }
        json.endArray();
        if (t.primaryKey() == null) {
            json.nullField("primaryKey");
        } else {
            json.objectField("primaryKey");
            keyFields(json, t.primaryKey());
            json.endObject();
        }
        json.beginArray("uniques");
        for (Key u : t.uniques()) {
            json.element();
            keyFields(json, u);
            json.endObject();
        }
        json.endArray();
        json.beginArray("foreignKeys");
        for (ForeignKey fk : t.foreignKeys()) {
            foreignKey(json, fk);
        }
        json.endArray();
        checks(json, t.checks());
        json.beginArray("indexes");
        for (Index i : t.indexes()) {
            json.element()
                    .field("name", i.name())
                    .field("unique", i.unique())
                    .field("columns", i.columns())
                    .field("definition", i.definition())
                    .endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void column(CanonicalJson json, Column c) {
        json.element()
                .field("name", c.name())
                .field("type", c.type())
                .field("nullable", c.nullable())
                .field("default", c.defaultValue())
                .field("identity", c.identity() == null ? null : c.identity().json())
                .field("generated", c.generated())
                .field("comment", c.comment())
                .endObject();
    }

    private static void keyFields(CanonicalJson json, Key key) {
        json.field("name", key.name()).field("columns", key.columns());
    }

    private static void foreignKey(CanonicalJson json, ForeignKey fk) {
        json.element()
                .field("name", fk.name())
                .field("columns", fk.columns())
                .objectField("references")
                .field("schema", fk.references().schema())
                .field("table", fk.references().table())
                .field("columns", fk.references().columns())
                .endObject()
                .field("onUpdate", fk.onUpdate().json())
                .field("onDelete", fk.onDelete().json())
                .endObject();
    }

    private static void checks(CanonicalJson json, List<Check> checks) {
        json.beginArray("checks");
        for (Check c : checks) {
            json.element().field("name", c.name()).field("expression", c.expression()).endObject();
        }
        json.endArray();
    }
}
