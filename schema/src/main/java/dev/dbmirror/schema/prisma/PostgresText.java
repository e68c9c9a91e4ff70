package dev.dbmirror.schema.prisma;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Names and literals as PostgreSQL stores and prints them, so that an imported mirror reads like a
 * pulled one: identifiers cut to 63 bytes, {@code quote_ident}'s quoting, the name of a serial
 * column's sequence, and a type as a default expression refers to it.
 */
final class PostgresText {

    /** PostgreSQL's NAMEDATALEN - 1. */
    static final int MAX_IDENTIFIER_BYTES = 63;

    /** The keywords {@code quote_ident} quotes (all but the unreserved ones), as PostgreSQL 15 lists them. */
    private static final Set<String> QUOTED_KEYWORDS = Set.of(("all analyse analyze and any array as asc asymmetric"
            + " authorization between bigint binary bit boolean both case cast char character check coalesce collate"
            + " collation column concurrently constraint create cross current_catalog current_date current_role"
            + " current_schema current_time current_timestamp current_user dec decimal default deferrable desc distinct"
            + " do else end except exists extract false fetch float for foreign freeze from full grant greatest group"
            + " grouping having ilike in initially inner inout int integer intersect interval into is isnull join lateral"
            + " leading least left like limit localtime localtimestamp national natural nchar none normalize not notnull"
            + " null nullif numeric offset on only or order out outer overlaps overlay placing position precision primary"
            + " real references returning right row select session_user setof similar smallint some substring symmetric"
            + " table tablesample then time timestamp to trailing treat trim true union unique user using values varchar"
            + " variadic verbose when where window with xmlattributes xmlconcat xmlelement xmlexists xmlforest"
            + " xmlnamespaces xmlparse xmlpi xmlroot xmlserialize xmltable").split(" "));

    private PostgresText() {
    }

    /** An identifier as PostgreSQL stores it: longer than 63 bytes is cut, never in the middle of a character. */
    static String identifier(String name) {
        return clip(name, MAX_IDENTIFIER_BYTES);
    }

    /** The longest prefix of {@code text} of at most {@code bytes} UTF-8 bytes. */
    static String clip(String text, int bytes) {
        if (text.length() * 3 <= bytes || utf8Length(text) <= bytes) {
            return text;
        }
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            int size = utf8Length(new String(Character.toChars(cp)));
            if (used + size > bytes) {
                break;
            }
            used += size;
            end += Character.charCount(cp);
        }
        return text.substring(0, end);
    }

    static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** {@code quote_ident}: quoted unless all lower-case letters, digits and underscores, and not a keyword. */
    static String quote(String name) {
        boolean plain = !name.isEmpty() && (isLower(name.charAt(0)) || name.charAt(0) == '_');
        for (int i = 0; plain && i < name.length(); i++) {
            char c = name.charAt(i);
            plain = isLower(c) || c == '_' || c >= '0' && c <= '9';
        }
        if (plain && !QUOTED_KEYWORDS.contains(name)) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** A string literal: {@code 'it''s'}. */
    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * A relation or type in a printed expression with {@code search_path = public} (how pull reads):
     * unqualified in {@code public}, else qualified.
     */
    static String reference(String schema, String name) {
        return schema.equals("public") ? quote(name) : quote(schema) + "." + quote(name);
    }

    /**
     * The name PostgreSQL gives the sequence of a serial column ({@code makeObjectName}): table and
     * column joined with {@code _seq}, the longer of the two cut a character at a time until it fits.
     */
    static String sequenceName(String table, String column) {
        int available = MAX_IDENTIFIER_BYTES - "seq".length() - 2;
        String a = table;
        String b = column;
        while (utf8Length(a) + utf8Length(b) > available) {
            if (utf8Length(a) > utf8Length(b)) {
                a = a.substring(0, a.offsetByCodePoints(a.length(), -1));
            } else {
                b = b.substring(0, b.offsetByCodePoints(b.length(), -1));
            }
        }
        return a + "_" + b + "_seq";
    }
}
