package dev.dbmirror.schema.prisma;

/**
 * A token of a Prisma schema. {@code text} is the identifier, the number as written, the string's
 * value (escapes resolved), the doc comment's text after {@code ///}, or the punctuation itself.
 */
record Token(Kind kind, String text, Position position) {

    enum Kind {
        IDENTIFIER, STRING, NUMBER, DOC_COMMENT, NEWLINE, PUNCTUATION, END
    }

    boolean is(String punctuation) {
        return kind == Kind.PUNCTUATION && text.equals(punctuation);
    }

    /** How the token reads in a message: {@code "{"}, {@code end of line}, {@code the end of the file}. */
    String describe() {
        return switch (kind) {
            case NEWLINE -> "the end of the line";
            case END -> "the end of the file";
            case STRING -> "the string \"" + text + "\"";
            case DOC_COMMENT -> "a /// comment";
            default -> "\"" + text + "\"";
        };
    }
}
