package dev.dbmirror.schema.prisma;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a Prisma schema into tokens with their positions. Line ends are tokens because a Prisma
 * field ends at the end of its line; {@code //} comments are dropped, {@code ///} doc comments kept.
 */
final class PrismaLexer {

    private static final String PUNCTUATION = "{}()[]=:,.?@";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private final String file;
    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int offset;
    private int line = 1;
    private int lineStart;

    private PrismaLexer(String file, String text) {
        this.file = file;
        this.text = text;
    }

    static List<Token> tokens(String file, String text) throws PrismaException {
        PrismaLexer lexer = new PrismaLexer(file, text);
        lexer.run();
        return lexer.tokens;
    }

    private void run() throws PrismaException {
        if (text.startsWith("\uFEFF")) {
            offset = lineStart = 1;
        }
        while (offset < text.length()) {
            char c = text.charAt(offset);
            Position at = here();
            if (c == '\n' || c == '\r') {
                offset += c == '\r' && offset + 1 < text.length() && text.charAt(offset + 1) == '\n' ? 2 : 1;
                tokens.add(new Token(Token.Kind.NEWLINE, "\n", at));
                line++;
                lineStart = offset;
            } else if (c == ' ' || c == '\t') {
                offset++;
            } else if (text.startsWith("///", offset)) {
                int end = lineEnd();
                // Prisma drops the blanks after /// and keeps those at the end of the line
                tokens.add(new Token(Token.Kind.DOC_COMMENT, text.substring(offset + 3, end).stripLeading(), at));
                offset = end;
            } else if (text.startsWith("//", offset)) {
                offset = lineEnd();
            } else if (c == '"') {
                string(at);
            } else if (c == '@' && offset + 1 < text.length() && text.charAt(offset + 1) == '@') {
                tokens.add(new Token(Token.Kind.PUNCTUATION, "@@", at));
                offset += 2;
            } else if (PUNCTUATION.indexOf(c) >= 0) {
                tokens.add(new Token(Token.Kind.PUNCTUATION, String.valueOf(c), at));
                offset++;
            } else if (c == '-' || Character.isDigit(c)) {
                number(at);
            } else if (Character.isLetter(c) || c == '_') {
                int start = offset;
                while (offset < text.length() && isIdentifierPart(text.charAt(offset))) {
                    offset++;
                }
                tokens.add(new Token(Token.Kind.IDENTIFIER, text.substring(start, offset), at));
            } else {
                throw new PrismaException(at, "unexpected character \"" + new String(Character.toChars(text.codePointAt(offset)))
                        + "\"; a Prisma schema has blocks (model, enum, view, datasource, generator) of fields and attributes");
            }
        }
        tokens.add(new Token(Token.Kind.END, "", here()));
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    private void number(Position at) throws PrismaException {
        int start = offset;
        if (text.charAt(offset) == '-') {
            offset++;
        }
        int digits = offset;
        while (offset < text.length() && (Character.isDigit(text.charAt(offset)) || text.charAt(offset) == '.'
                || text.charAt(offset) == 'e' || text.charAt(offset) == 'E'
                || (text.charAt(offset) == '-' || text.charAt(offset) == '+')
                   && (text.charAt(offset - 1) == 'e' || text.charAt(offset - 1) == 'E'))) {
            offset++;
        }
        String number = text.substring(start, offset);
        if (offset == digits || !NUMBER.matcher(number).matches()) {
            throw new PrismaException(at, "\"" + number + "\" is not a number; write numbers like 42, -7 or 2.50");
        }
        tokens.add(new Token(Token.Kind.NUMBER, number, at));
    }

    private void string(Position at) throws PrismaException {
        StringBuilder value = new StringBuilder();
        offset++;
        while (true) {
            if (offset >= text.length() || text.charAt(offset) == '\n' || text.charAt(offset) == '\r') {
                throw new PrismaException(at, "the string is not closed; end it with \" on the same line");
            }
            char c = text.charAt(offset++);
            if (c == '"') {
                break;
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (offset >= text.length()) {
                continue; // reported as an unclosed string on the next turn
            }
            char escaped = text.charAt(offset++);
            switch (escaped) {
                case 'n' -> value.append('\n');
                case 't' -> value.append('\t');
                case 'r' -> value.append('\r');
                case '"', '\\', '/', '\'' -> value.append(escaped);
                case 'u' -> value.append(unicodeEscape(at));
                default -> throw new PrismaException(new Position(file, line, offset - lineStart - 1),
                        "unknown escape \\" + escaped + " in a string; write \\\\ for a backslash");
            }
        }
        tokens.add(new Token(Token.Kind.STRING, value.toString(), at));
    }

    private char unicodeEscape(Position at) throws PrismaException {
        if (offset + 4 > text.length() || !text.substring(offset, offset + 4).matches("[0-9a-fA-F]{4}")) {
            throw new PrismaException(at, "a \\u escape needs four hex digits, e.g. \\u00e9");
        }
        char c = (char) Integer.parseInt(text.substring(offset, offset + 4), 16);
        offset += 4;
        return c;
    }

    private int lineEnd() {
        int end = offset;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return end;
    }

    private Position here() {
        return new Position(file, line, offset - lineStart + 1);
    }
}
