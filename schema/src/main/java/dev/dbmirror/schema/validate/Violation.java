package dev.dbmirror.schema.validate;

/**
 * One rule of the mirror that the model breaks.
 *
 * @param path    the JSON path of the offending value in a mirror file, e.g. {@code tables[3].columns[1].type}
 * @param message one sentence saying what is wrong and how to fix it
 */
public record Violation(String path, String message) {
}
