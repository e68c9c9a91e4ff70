package dev.dbmirror.processor.options;

import dev.dbmirror.processor.javatype.JavaType;

/**
 * One entry of {@code -Adbmirror.typeOverrides} or {@code -Adbmirror.columnOverrides}, parsed once: the
 * option checks warn about its key, the planner uses its type.
 *
 * @param key   the database type or {@code schema.table.column}, as written
 * @param value the Java type as written ({@code String}, {@code com.acme.Email})
 * @param type  the Java type it names
 */
public record TypeOverride(String key, String value, JavaType type) {
}
