package dev.dbmirror.schema.prisma;

import java.util.List;
import java.util.Optional;

/** The syntax tree of a Prisma schema, every node with the position where it starts. */
final class Ast {

    private Ast() {
    }

    /** The first attribute of that name (without at signs); a loop, as this runs for every field of a schema. */
    static Optional<Attribute> attribute(List<Attribute> attributes, String name) {
        for (Attribute a : attributes) {
            if (a.name().equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** A value in an attribute argument or a datasource/generator property. */
    sealed interface Value permits Text, Number, Array, Call, Name {
        Position position();
    }

    record Text(String value, Position position) implements Value {
    }

    record Number(String value, Position position) implements Value {
    }

    record Array(List<Value> items, Position position) implements Value {
    }

    /** A function call such as {@code autoincrement()}, {@code dbgenerated("…")} or {@code env("URL")}. */
    record Call(String name, List<Argument> arguments, Position position) implements Value {
    }

    /** A bare name: {@code true}, {@code Cascade}, an enum value, a field in {@code [a, b]}. */
    record Name(String name, Position position) implements Value {
    }

    /** {@code value} or {@code name: value}; {@code name} is null for a positional argument. */
    record Argument(String name, Value value, Position position) {
    }

    /** {@code @id}, {@code @db.VarChar(255)}, {@code @@index([a, b], map: "x")}: name without the at signs. */
    record Attribute(String name, List<Argument> arguments, Position position) {

        /** The argument of that name, or the first positional argument when {@code name} is the default one. */
        Optional<Argument> argument(String argumentName, boolean positionalFirst) {
            for (int i = 0; i < arguments.size(); i++) {
                Argument a = arguments.get(i);
                if (argumentName.equals(a.name()) || positionalFirst && i == 0 && a.name() == null) {
                    return Optional.of(a);
                }
            }
            return Optional.empty();
        }
    }

    /** A field's type: a name (scalar, enum, model) or {@code Unsupported("…")}, optional or a list. */
    record FieldType(String name, String unsupported, boolean optional, boolean list, Position position) {
    }

    record Field(String name, FieldType type, List<Attribute> attributes, String documentation, Position position) {

        Optional<Attribute> attribute(String attributeName) {
            return Ast.attribute(attributes, attributeName);
        }
    }

    sealed interface Block permits Model, EnumBlock, Config, Composite {
        String name();

        Position position();
    }

    /** A {@code model} or a {@code view}. */
    record Model(boolean view, String name, List<Field> fields, List<Attribute> attributes, String documentation,
                 Position position) implements Block {

        Optional<Attribute> attribute(String attributeName) {
            return Ast.attribute(attributes, attributeName);
        }
    }

    record EnumValue(String name, List<Attribute> attributes, String documentation, Position position) {
    }

    record EnumBlock(String name, List<EnumValue> values, List<Attribute> attributes, String documentation,
                     Position position) implements Block {
    }

    /** A {@code datasource} or {@code generator} block: {@code key = value} properties. */
    record Config(String keyword, String name, List<Property> properties, Position position) implements Block {

        Optional<Property> property(String key) {
            return properties.stream().filter(p -> p.key().equals(key)).findFirst();
        }
    }

    record Property(String key, Value value, Position position) {
    }

    /** A {@code type} block (composite type; MongoDB only). */
    record Composite(String name, Position position) implements Block {
    }
}
