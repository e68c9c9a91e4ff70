package dev.dbmirror.schema.prisma;

import java.util.List;

/**
 * The constraint and index names Prisma derives when a schema gives none: {@code Table_pkey},
 * {@code Table_col_key}, {@code Table_col_idx}, {@code Table_col_fkey}. Table and columns are
 * their database names; the text before the suffix is cut so that the whole fits in 63 bytes.
 */
final class PrismaNames {

    private PrismaNames() {
    }

    static String primaryKey(String table) {
        return withSuffix(table, "_pkey");
    }

    static String unique(String table, List<String> columns) {
        return withSuffix(table + "_" + String.join("_", columns), "_key");
    }

    static String index(String table, List<String> columns) {
        return withSuffix(table + "_" + String.join("_", columns), "_idx");
    }

    static String foreignKey(String table, List<String> columns) {
        return withSuffix(table + "_" + String.join("_", columns), "_fkey");
    }

    private static String withSuffix(String base, String suffix) {
        return PostgresText.clip(base, PostgresText.MAX_IDENTIFIER_BYTES - suffix.length()) + suffix;
    }
}
