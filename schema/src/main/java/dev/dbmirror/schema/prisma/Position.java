package dev.dbmirror.schema.prisma;

/** A place in a Prisma schema file: 1-based line and column (columns count characters). */
public record Position(String file, int line, int column) {

    /** The file as a whole, for problems that have no line (a file that cannot be read). */
    static Position file(String file) {
        return new Position(file, 0, 0);
    }

    /** {@code file:line:column}, or just the file for {@link #file}. */
    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
