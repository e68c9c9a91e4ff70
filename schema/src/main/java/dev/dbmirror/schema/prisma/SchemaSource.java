package dev.dbmirror.schema.prisma;

/** One Prisma schema file: the name messages use for it and its text. */
public record SchemaSource(String name, String text) {
}
