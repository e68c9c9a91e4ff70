package dev.dbmirror.schema.prisma;

import dev.dbmirror.schema.prisma.Ast.Argument;
import dev.dbmirror.schema.prisma.Ast.Attribute;
import dev.dbmirror.schema.prisma.Ast.Block;
import dev.dbmirror.schema.prisma.Ast.Field;
import dev.dbmirror.schema.prisma.Ast.FieldType;
import dev.dbmirror.schema.prisma.Ast.Value;
import dev.dbmirror.schema.prisma.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/** Parses the tokens of one Prisma schema file into blocks; stops at the first syntax error. */
final class PrismaParser {

    private final List<Token> tokens;
    private int next;
    /** Inside parentheses or brackets line ends do not matter. */
    private int nesting;

    private PrismaParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static List<Block> parse(String file, String text) throws PrismaException {
        return new PrismaParser(PrismaLexer.tokens(file, text)).blocks();
    }

    private List<Block> blocks() throws PrismaException {
        List<Block> blocks = new ArrayList<>();
        while (true) {
            String documentation = documentation();
            Token keyword = peek();
            if (keyword.kind() == Kind.END) {
                return blocks;
            }
            if (keyword.kind() != Kind.IDENTIFIER) {
                throw error(keyword, "expected a block (model, view, enum, datasource, generator), found "
                        + keyword.describe() + "; every declaration starts with one of these keywords");
            }
            next++;
            blocks.add(switch (keyword.text()) {
                case "model" -> model(false, documentation);
                case "view" -> model(true, documentation);
                case "enum" -> enumBlock(documentation);
                case "datasource", "generator" -> config(keyword);
                case "type" -> composite(keyword);
                default -> throw error(keyword, "unknown block \"" + keyword.text()
                        + "\"; a Prisma schema declares model, view, enum, datasource, generator"
                        + suggestion(keyword.text(), List.of("model", "view", "enum", "datasource", "generator")));
            });
        }
    }

    private Ast.Model model(boolean view, String documentation) throws PrismaException {
        Token name = name(view ? "view" : "model");
        open(name);
        List<Field> fields = new ArrayList<>();
        List<Attribute> attributes = new ArrayList<>();
        while (true) {
            String fieldDocumentation = documentation();
            Token first = peek();
            if (first.is("}")) {
                next++;
                endOfLine();
                return new Ast.Model(view, name.text(), fields, attributes, documentation, name.position());
            }
            if (first.is("@@")) {
                attributes.add(attribute());
                endOfLine();
            } else if (first.kind() == Kind.IDENTIFIER) {
                fields.add(field(fieldDocumentation));
            } else {
                throw error(first, "expected a field or a block attribute (@@…) in " + (view ? "view " : "model ")
                        + name.text() + ", found " + first.describe() + "; close the block with }");
            }
        }
    }

    private Field field(String documentation) throws PrismaException {
        Token name = take();
        Token type = peek();
        if (type.kind() != Kind.IDENTIFIER) {
            throw error(type, "field \"" + name.text() + "\" has no type, found " + type.describe()
                    + "; write its type after the name, e.g. " + name.text() + " String");
        }
        next++;
        String unsupported = null;
        if (type.text().equals("Unsupported")) {
            expect("(", "after Unsupported");
            Token text = take();
            if (text.kind() != Kind.STRING) {
                throw error(text, "Unsupported takes the database type as a string, e.g. Unsupported(\"tsvector\")");
            }
            expect(")", "after the type of Unsupported");
            unsupported = text.text();
        }
        boolean list = false;
        boolean optional = false;
        if (peek().is("[")) {
            next++;
            expect("]", "to make " + type.text() + " a list");
            list = true;
        }
        if (peek().is("?")) {
            next++;
            optional = true;
            if (list) {
                throw error(tokens.get(next - 1), "a list cannot be optional (" + type.text()
                        + "[]?); write " + type.text() + "[] — an empty list means none");
            }
        }
        FieldType fieldType = new FieldType(type.text(), unsupported, optional, list, type.position());
        List<Attribute> attributes = new ArrayList<>();
        while (peek().is("@")) {
            attributes.add(attribute());
        }
        String trailing = null;
        if (peek().kind() == Kind.DOC_COMMENT) {
            trailing = take().text();
        }
        endOfLine();
        String doc = documentation == null ? trailing
                : trailing == null ? documentation : documentation + "\n" + trailing;
        return new Field(name.text(), fieldType, attributes, doc, name.position());
    }

    /** {@code @name(args)} or {@code @@name(args)}, at the current {@code @} or {@code @@}. */
    private Attribute attribute() throws PrismaException {
        Token at = take();
        Token first = take();
        if (first.kind() != Kind.IDENTIFIER) {
            throw error(first, "expected an attribute name after " + at.text() + ", found " + first.describe());
        }
        StringBuilder name = new StringBuilder(first.text());
        while (peek().is(".")) {
            next++;
            Token part = take();
            if (part.kind() != Kind.IDENTIFIER) {
                throw error(part, "expected a name after \"" + name + ".\", found " + part.describe());
            }
            name.append('.').append(part.text());
        }
        List<Argument> arguments = peek().is("(") ? arguments() : List.of();
        return new Attribute(name.toString(), arguments, at.position());
    }

    /** {@code (a, name: b, …)} at the current opening parenthesis. */
    private List<Argument> arguments() throws PrismaException {
        return separated(take(), ")", "arguments", this::argument);
    }

    private Argument argument() throws PrismaException {
        Token start = peek();
        String name = null;
        if (start.kind() == Kind.IDENTIFIER && tokens.get(next + 1).is(":")) {
            name = start.text();
            next += 2;
        }
        return new Argument(name, value(), start.position());
    }

    /** Parses one item of a comma-separated list. */
    private interface Item<T> {
        T parse() throws PrismaException;
    }

    /** Items separated by commas up to {@code close}, after the token {@code open} that opened them. */
    private <T> List<T> separated(Token open, String close, String what, Item<T> item) throws PrismaException {
        nesting++;
        List<T> items = new ArrayList<>();
        while (!peek().is(close)) {
            items.add(item.parse());
            if (peek().is(",")) {
                next++;
            } else if (!peek().is(close)) {
                throw error(peek(), "expected , or " + close + " in the " + what + " opened at line "
                        + open.position().line() + ", found " + peek().describe());
            }
        }
        next++;
        nesting--;
        return items;
    }

    private Value value() throws PrismaException {
        Token token = take();
        return switch (token.kind()) {
            case STRING -> new Ast.Text(token.text(), token.position());
            case NUMBER -> new Ast.Number(token.text(), token.position());
            case IDENTIFIER -> {
                if (peek().is("(")) {
                    yield new Ast.Call(token.text(), arguments(), token.position());
                }
                yield new Ast.Name(token.text(), token.position());
            }
            default -> {
                if (token.is("[")) {
                    yield array(token);
                }
                throw error(token, "expected a value (a string, a number, a name, a function call or a [list]), found "
                        + token.describe());
            }
        };
    }

    private Ast.Array array(Token open) throws PrismaException {
        return new Ast.Array(separated(open, "]", "list", this::value), open.position());
    }

    private Ast.EnumBlock enumBlock(String documentation) throws PrismaException {
        Token name = name("enum");
        open(name);
        List<Ast.EnumValue> values = new ArrayList<>();
        List<Attribute> attributes = new ArrayList<>();
        while (true) {
            String valueDocumentation = documentation();
            Token first = peek();
            if (first.is("}")) {
                next++;
                endOfLine();
                return new Ast.EnumBlock(name.text(), values, attributes, documentation, name.position());
            }
            if (first.is("@@")) {
                attributes.add(attribute());
            } else if (first.kind() == Kind.IDENTIFIER) {
                next++;
                List<Attribute> valueAttributes = new ArrayList<>();
                while (peek().is("@")) {
                    valueAttributes.add(attribute());
                }
                if (peek().kind() == Kind.DOC_COMMENT) {
                    next++;
                }
                values.add(new Ast.EnumValue(first.text(), valueAttributes, valueDocumentation, first.position()));
            } else {
                throw error(first, "expected an enum value in enum " + name.text() + ", found " + first.describe()
                        + "; write one value per line and close the block with }");
            }
            endOfLine();
        }
    }

    private Ast.Config config(Token keyword) throws PrismaException {
        Token name = name(keyword.text());
        open(name);
        List<Ast.Property> properties = new ArrayList<>();
        while (true) {
            documentation();
            Token key = take();
            if (key.is("}")) {
                endOfLine();
                return new Ast.Config(keyword.text(), name.text(), properties, keyword.position());
            }
            if (key.kind() != Kind.IDENTIFIER) {
                throw error(key, "expected a property (name = value) in " + keyword.text() + " " + name.text()
                        + ", found " + key.describe());
            }
            expect("=", "after " + key.text());
            properties.add(new Ast.Property(key.text(), value(), key.position()));
            endOfLine();
        }
    }

    /** A composite type block is skipped to its end; the importer rejects it. */
    private Ast.Composite composite(Token keyword) throws PrismaException {
        Token name = name("type");
        open(name);
        int depth = 1;
        while (depth > 0) {
            Token t = take();
            if (t.kind() == Kind.END) {
                throw error(t, "type " + name.text() + " is not closed; end it with }");
            }
            depth += t.is("{") ? 1 : t.is("}") ? -1 : 0;
        }
        return new Ast.Composite(name.text(), keyword.position());
    }

    private Token name(String keyword) throws PrismaException {
        Token name = take();
        if (name.kind() != Kind.IDENTIFIER) {
            throw error(name, "expected a name after " + keyword + ", found " + name.describe());
        }
        return name;
    }

    private void open(Token name) throws PrismaException {
        Token brace = take();
        if (!brace.is("{")) {
            throw error(brace, "expected { after " + name.text() + ", found " + brace.describe());
        }
        endOfLine();
    }

    /** The doc comments before the next declaration (blank lines and line ends skipped), or null. */
    private String documentation() {
        StringBuilder doc = null;
        while (true) {
            Token t = tokens.get(next);
            if (t.kind() == Kind.NEWLINE) {
                next++;
            } else if (t.kind() == Kind.DOC_COMMENT) {
                doc = doc == null ? new StringBuilder(t.text()) : doc.append('\n').append(t.text());
                next++;
                if (tokens.get(next).kind() == Kind.NEWLINE && tokens.get(next + 1).kind() == Kind.NEWLINE) {
                    doc = null; // a blank line detaches the comment from what follows
                }
            } else {
                return doc == null ? null : doc.toString();
            }
        }
    }

    private void endOfLine() throws PrismaException {
        Token t = tokens.get(next);
        if (t.kind() == Kind.NEWLINE) {
            next++;
        } else if (t.kind() != Kind.END && !t.is("}")) {
            throw error(t, "expected the end of the line, found " + t.describe()
                    + "; put each field, value or attribute block on its own line");
        }
    }

    private void expect(String punctuation, String where) throws PrismaException {
        Token t = take();
        if (!t.is(punctuation)) {
            throw error(t, "expected " + punctuation + " " + where + ", found " + t.describe());
        }
    }

    /** The next token; line ends are skipped inside parentheses and brackets. */
    private Token take() {
        Token t = peek();
        next++;
        return t;
    }

    private Token peek() {
        if (nesting > 0) {
            while (tokens.get(next).kind() == Kind.NEWLINE || tokens.get(next).kind() == Kind.DOC_COMMENT) {
                next++;
            }
        }
        return tokens.get(next);
    }

    private static String suggestion(String word, List<String> candidates) {
        return dev.dbmirror.schema.text.Suggestions.closest(word, candidates)
                .map(s -> " (did you mean \"" + s + "\"?)").orElse("");
    }

    private static PrismaException error(Token at, String message) {
        return new PrismaException(at.position(), message);
    }
}
