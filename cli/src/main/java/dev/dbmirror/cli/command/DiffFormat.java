package dev.dbmirror.cli.command;

/** {@code --format} of verify and diff; the constants are the values users type. */
enum DiffFormat {
    text,
    json
}
