package dev.dbmirror.schema.ddl;

import dev.dbmirror.schema.model.Domain;
import dev.dbmirror.schema.model.EnumType;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Source;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A mirror's column type as PostgreSQL type text. A PostgreSQL mirror's types are already the
 * server's own text, except that enum and domain names are written {@code schema.name} without
 * quotes (so that they read the same in every file); those are quoted here where needed. A
 * {@code generic} mirror's portable names are mapped to PostgreSQL types.
 */
final class PostgresTypes {

    /** The portable type names of a generic mirror (tables-json.md) and the PostgreSQL type each becomes. */
    private static final Map<String, String> GENERIC = Map.ofEntries(
            Map.entry("uuid", "uuid"),
            Map.entry("string", "text"),
            Map.entry("text", "text"),
            Map.entry("boolean", "boolean"),
            Map.entry("smallint", "smallint"),
            Map.entry("int", "integer"),
            Map.entry("bigint", "bigint"),
            Map.entry("decimal", "numeric"),
            Map.entry("float", "real"),
            Map.entry("double", "double precision"),
            Map.entry("date", "date"),
            Map.entry("time", "time without time zone"),
            Map.entry("timestamp", "timestamp without time zone"),
            Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("interval", "interval"),
            Map.entry("bytes", "bytea"),
            Map.entry("json", "jsonb"));

    private final boolean generic;
    private final Map<String, String> userTypes = new HashMap<>();

    PostgresTypes(Mirror mirror) {
        generic = Source.GENERIC.equals(mirror.source().dialect());
        for (EnumType e : mirror.enums()) {
            userTypes.put(e.qualifiedName(), SqlSyntax.qualified(e.schema(), e.name()));
        }
        for (Domain d : mirror.domains()) {
            userTypes.put(d.qualifiedName(), SqlSyntax.qualified(d.schema(), d.name()));
        }
    }

    String sql(String type) {
        int element = elementLength(type);
        String user = userTypes.get(type.substring(0, element));
        return user != null ? user + type.substring(element) : mirrorText(type);
    }

    /** The type as a PostgreSQL mirror writes it: generic names mapped, enum and domain names unquoted. */
    String mirrorText(String type) {
        int element = elementLength(type);
        String name = type.substring(0, element);
        String arrays = type.substring(element);
        if (generic && !userTypes.containsKey(name)) {
            // a length or precision follows the name: string(80), decimal(12,2)
            int open = name.indexOf('(');
            String base = (open < 0 ? name : name.substring(0, open)).toLowerCase(Locale.ROOT);
            String modifiers = open < 0 ? "" : name.substring(open);
            String mapped = base.equals("string") && !modifiers.isEmpty() ? "character varying" : GENERIC.get(base);
            if (mapped != null) {
                return mapped + modifiers + arrays;
            }
        }
        return type;
    }

    /** The length of the type text without its trailing {@code []}s. */
    private static int elementLength(String type) {
        int element = type.length();
        while (element >= 2 && type.startsWith("[]", element - 2)) {
            element -= 2;
        }
        return element;
    }
}
