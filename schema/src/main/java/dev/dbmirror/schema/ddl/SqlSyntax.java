package dev.dbmirror.schema.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** PostgreSQL's lexical rules for names and string literals, as the DDL renderer writes them. */
public final class SqlSyntax {

    /**
     * Keywords that cannot stand as a plain name: every category but "unreserved" of
     * {@code pg_get_keywords()} on PostgreSQL 15, plus those later versions added. Quoting one more
     * than needed is harmless; quoting one fewer is a syntax error.
     */
    private static final Set<String> KEYWORDS = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "between", "bigint", "binary", "bit", "boolean", "both", "case", "cast", "char", "character",
            "check", "coalesce", "collate", "collation", "column", "concurrently", "constraint", "create",
            "cross", "current_catalog", "current_date", "current_role", "current_schema", "current_time",
            "current_timestamp", "current_user", "dec", "decimal", "default", "deferrable", "desc", "distinct",
            "do", "else", "end", "except", "exists", "extract", "false", "fetch", "float", "for", "foreign",
            "freeze", "from", "full", "grant", "greatest", "group", "grouping", "having", "ilike", "in",
            "initially", "inner", "inout", "int", "integer", "intersect", "interval", "into", "is", "isnull",
            "join", "lateral", "leading", "least", "left", "like", "limit", "localtime", "localtimestamp",
            "national", "natural", "nchar", "none", "normalize", "not", "notnull", "null", "nullif", "numeric",
            "offset", "on", "only", "or", "order", "out", "outer", "overlaps", "overlay", "placing", "position",
            "precision", "primary", "real", "references", "returning", "right", "row", "select", "session_user",
            "setof", "similar", "smallint", "some", "substring", "symmetric", "table", "tablesample", "then",
            "time", "timestamp", "to", "trailing", "treat", "trim", "true", "union", "unique", "user", "using",
            "values", "varchar", "variadic", "verbose", "when", "where", "window", "with", "xmlattributes",
            "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi",
            "xmlroot", "xmlserialize", "xmltable",
            // PostgreSQL 16 to 18
            "system_user", "json_array", "json_arrayagg", "json_object", "json_objectagg", "json_scalar",
            "json_serialize", "json_exists", "json_query", "json_table", "json_value", "merge_action");

    private SqlSyntax() {
    }

    /** A name as SQL text: as is when PostgreSQL would read it back unchanged, else in double quotes. */
    public static String identifier(String name) {
        return isPlain(name) ? name : '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code schema.name}, each part quoted where needed. */
    public static String qualified(String schema, String name) {
        return identifier(schema) + '.' + identifier(name);
    }

    /** Names separated by {@code ", "}, each quoted where needed. */
    public static String identifiers(List<String> names) {
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(identifier(name));
        }
        return out.toString();
    }

    /**
     * Text for a {@code --} comment: line breaks and other control characters become spaces, so that
     * nothing in a name can end the comment and start a statement.
     */
    public static String commentText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return out.toString();
    }

    /** A standard string literal ({@code standard_conforming_strings} is on since PostgreSQL 9.1). */
    public static String literal(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }

    /**
     * The parts of a possibly qualified, possibly quoted name as PostgreSQL prints it
     * ({@code orders_id_seq}, {@code billing."Odd Seq"}); {@code null} when the text is not such a name.
     */
    public static List<String> parseName(String text) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (true) {
            StringBuilder part = new StringBuilder();
            if (i < text.length() && text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        return null;
                    }
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            part.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        part.append(c);
                    }
                }
            } else {
                while (i < text.length() && text.charAt(i) != '.') {
                    char c = text.charAt(i++);
                    if (!isPlainChar(c, part.length() == 0)) {
                        return null;
                    }
                    part.append(c);
                }
            }
            if (part.length() == 0) {
                return null;
            }
            parts.add(part.toString());
            if (i == text.length()) {
                return parts;
            }
            if (text.charAt(i) != '.') {
                return null;
            }
            i++;
        }
    }

    private static boolean isPlain(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!isPlainChar(name.charAt(i), i == 0)) {
                return false;
            }
        }
        return !KEYWORDS.contains(name);
    }

    private static boolean isPlainChar(char c, boolean first) {
        return c >= 'a' && c <= 'z' || c == '_' || !first && (c >= '0' && c <= '9' || c == '$');
    }
}
