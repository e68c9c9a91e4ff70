package dev.dbmirror.schema.prisma;

/** One problem in a Prisma schema: where it is and a message that says what is wrong and how to fix it. */
public record PrismaProblem(Position position, String message) {

    /** {@code file:line:column: message}, the form every problem is reported in. */
    @Override
    public String toString() {
        return position + ": " + message;
    }
}
