package dev.dbmirror.processor.locate;

/**
 * The mirror's bytes and the name to show in diagnostics: a file path when the mirror is a file,
 * else the URI it was read from (e.g. a jar on the class path).
 */
public record FoundMirror(String displayName, byte[] bytes) {
}
