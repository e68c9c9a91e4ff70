package dev.dbmirror.schema.prisma;

import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.Index;
import dev.dbmirror.schema.model.Key;
import dev.dbmirror.schema.prisma.Ast.Argument;
import dev.dbmirror.schema.prisma.Ast.Attribute;
import dev.dbmirror.schema.prisma.Ast.Field;
import dev.dbmirror.schema.prisma.ColumnType.Scalar;
import dev.dbmirror.schema.prisma.Declarations.EnumInfo;
import dev.dbmirror.schema.prisma.Declarations.ModelInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The columns, primary key and indexes of each model, and the columns of each view. */
final class ModelTables {

    private static final List<String> FIELD_ATTRIBUTES = List.of("id", "unique", "default", "map", "relation",
            "updatedAt", "ignore");
    private static final List<String> MODEL_ATTRIBUTES = List.of("id", "unique", "index", "map", "schema", "ignore");
    private static final List<String> INDEX_TYPES = List.of("BTree", "Hash", "Gist", "Gin", "SpGist", "Brin");

    private final Declarations declarations;
    private final Problems problems;

    ModelTables(Declarations declarations, Problems problems) {
        this.declarations = declarations;
        this.problems = problems;
    }

    TableDraft build(ModelInfo info) {
        TableDraft draft = new TableDraft(info);
        for (Field field : info.model().fields()) {
            try {
                column(draft, field);
            } catch (PrismaException e) {
                problems.add(e);
            }
        }
        if (info.model().view()) {
            return draft;
        }
        for (Field field : info.model().fields()) {
            TableDraft.ScalarColumn scalar = draft.columns.get(field.name());
            if (scalar == null) {
                continue;
            }
            for (Attribute a : field.attributes()) {
                try {
                    if (a.name().equals("id")) {
                        primaryKey(draft, a, List.of(scalar.column().name()), "@id");
                    } else if (a.name().equals("unique")) {
                        index(draft, a, List.of(new KeyPart(scalar.column().name(), a)), true);
                    }
                } catch (PrismaException e) {
                    problems.add(e);
                }
            }
        }
        for (Attribute a : info.model().attributes()) {
            try {
                modelAttribute(draft, a);
            } catch (PrismaException e) {
                problems.add(e);
            }
        }
        if (draft.primaryKey == null && !info.model().attribute("ignore").isPresent() && !hasUnique(info.model())) {
            problems.add(info.model().position(), "model " + info.model().name() + " has no @id, @@id or @unique;"
                    + " Prisma needs one to identify rows, add @id to a field or @@id([…])");
        }
        return draft;
    }

    private static boolean hasUnique(Ast.Model model) {
        return model.attribute("unique").isPresent()
                || model.fields().stream().anyMatch(f -> f.attribute("unique").isPresent());
    }

    /** A scalar, enum or Unsupported field becomes a column; a relation field becomes nothing here. */
    private void column(TableDraft draft, Field field) throws PrismaException {
        Ast.FieldType t = field.type();
        String qualified = draft.info.model().name() + "." + field.name();
        for (Attribute a : field.attributes()) {
            if (!a.name().startsWith("db.") && !FIELD_ATTRIBUTES.contains(a.name())) {
                problems.add(a.position(), "unknown attribute @" + a.name() + " on field " + qualified
                        + suggestion(a.name(), FIELD_ATTRIBUTES) + "; a field takes @id, @unique, @default, @map,"
                        + " @relation, @updatedAt, @ignore and @db.* types");
            }
        }
        ColumnType type = type(field, qualified);
        if (type == null) {
            return; // a relation field
        }
        String name = PostgresText.identifier(Declarations.mapped(field.attributes(), field.name(), problems));
        boolean view = draft.info.model().view();
        String defaultValue = null;
        Optional<Attribute> defaultAttribute = field.attribute("default");
        if (defaultAttribute.isPresent() && !view) {
            Attribute d = defaultAttribute.get();
            if (d.arguments().isEmpty() || d.arguments().get(0).name() != null && !d.arguments().get(0).name().equals("value")) {
                throw new PrismaException(d.position(), "@default needs a value on field " + qualified + ", e.g. @default(0)");
            }
            EnumInfo e = type.isEnum() ? declarations.enums.get(t.name()) : null;
            defaultValue = DefaultValues.of(d.arguments().get(0).value(), new DefaultValues.Target(draft.schema(),
                    draft.table(), name, type, t.list(), qualified, e == null ? Map.of() : e.labels()));
        }
        if (field.attribute("updatedAt").isPresent() && !type.is(Scalar.DATETIME)) {
            problems.add(field.attribute("updatedAt").get().position(), "@updatedAt needs a DateTime field, and "
                    + qualified + " is " + t.name() + "; remove it or change the type");
        }
        String text = type.text() + (t.list() ? "[]" : "");
        // PostgreSQL keeps no NOT NULL on a view's columns; Prisma writes none for scalar lists
        boolean nullable = view || t.optional() || t.list();
        // Prisma's own model of the schema leaves ignored fields and models out, and their comments with them
        boolean ignored = field.attribute("ignore").isPresent() || draft.info.model().attribute("ignore").isPresent();
        Column column = new Column(name, text, nullable, defaultValue, null, null, ignored ? null : field.documentation());
        if (!draft.columnNames.add(name)) {
            problems.add(field.position(), "field " + qualified + " maps to column \"" + name
                    + "\", which another field of the model has too; give one of them another @map");
        }
        draft.columns.put(field.name(), new TableDraft.ScalarColumn(field, column, type));
    }

    /** The column type of a field, or null for a relation field (its type is a model or a view). */
    private ColumnType type(Field field, String qualified) throws PrismaException {
        Ast.FieldType t = field.type();
        if (t.unsupported() != null) {
            return ColumnTypes.unsupported(t.unsupported());
        }
        Scalar scalar = Scalar.named(t.name());
        if (scalar != null) {
            List<Attribute> natives = new ArrayList<>(1);
            for (Attribute a : field.attributes()) {
                if (a.name().startsWith("db.")) {
                    natives.add(a);
                }
            }
            if (natives.size() > 1) {
                throw new PrismaException(natives.get(1).position(), "field " + qualified + " has two @db.* types; keep one");
            }
            return natives.isEmpty() ? ColumnTypes.scalar(scalar) : ColumnTypes.nativeType(scalar, natives.get(0), qualified);
        }
        EnumInfo e = declarations.enums.get(t.name());
        if (e != null) {
            return ColumnTypes.enumType(e.schema(), e.name());
        }
        if (declarations.models.containsKey(t.name())) {
            return null;
        }
        List<String> known = Stream.concat(Stream.of(Scalar.values()).map(s -> s.prismaName),
                Stream.concat(declarations.enums.keySet().stream(), declarations.models.keySet().stream())).toList();
        throw new PrismaException(t.position(), "unknown type \"" + t.name() + "\" for field " + qualified
                + suggestion(t.name(), known) + "; use a scalar type (String, Int, BigInt, Float, Decimal, Boolean,"
                + " DateTime, Json, Bytes), Unsupported(\"…\"), or an enum, model or view of the schema");
    }

    private void modelAttribute(TableDraft draft, Attribute a) throws PrismaException {
        switch (a.name()) {
            case "id" -> primaryKey(draft, a, keyParts(draft, a).stream().map(KeyPart::column).toList(), "@@id");
            case "unique" -> index(draft, a, keyParts(draft, a), true);
            case "index" -> index(draft, a, keyParts(draft, a), false);
            case "map", "schema", "ignore" -> {
            }
            case "fulltext" -> throw new PrismaException(a.position(), "@@fulltext exists only for MySQL and MongoDB;"
                    + " on PostgreSQL use @@index([…], type: Gin) on a tsvector column");
            default -> throw new PrismaException(a.position(), "unknown attribute @@" + a.name() + " on model "
                    + draft.info.model().name() + suggestion(a.name(), MODEL_ATTRIBUTES)
                    + "; a model takes @@id, @@unique, @@index, @@map, @@schema and @@ignore");
        }
    }

    private void primaryKey(TableDraft draft, Attribute a, List<String> columns, String written) throws PrismaException {
        if (draft.primaryKey != null) {
            throw new PrismaException(a.position(), "model " + draft.info.model().name()
                    + " has a second primary key (" + written + "); keep one @id or @@id");
        }
        String name = PostgresText.identifier(Problems.text(a, "map", false)
                .orElse(PrismaNames.primaryKey(draft.table())));
        draft.claimName(name, a.position(), problems);
        draft.primaryKey = new Key(name, columns);
    }

    /** A column of an index or key, with the attribute that gives its sort order and operator class. */
    private record KeyPart(String column, Object options) {
    }

    private void index(TableDraft draft, Attribute a, List<KeyPart> parts, boolean unique) throws PrismaException {
        List<String> columns = parts.stream().map(KeyPart::column).toList();
        String name = PostgresText.identifier(Problems.text(a, "map", false).orElse(unique
                ? PrismaNames.unique(draft.table(), columns) : PrismaNames.index(draft.table(), columns)));
        String method = "btree";
        Optional<Argument> type = a.argument("type", false);
        if (type.isPresent()) {
            if (unique || !(type.get().value() instanceof Ast.Name n) || !INDEX_TYPES.contains(n.name())) {
                throw new PrismaException(type.get().position(), unique
                        ? "type: is an argument of @@index only; a unique index is a B-tree"
                        : "type: is one of " + String.join(", ", INDEX_TYPES) + ", e.g. type: Gin");
            }
            method = n.name().toLowerCase(Locale.ROOT);
        }
        List<String> entries = new ArrayList<>();
        for (KeyPart part : parts) {
            entries.add(PostgresText.quote(part.column()) + options(part, method));
        }
        draft.claimName(name, a.position(), problems);
        String definition = "CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + PostgresText.quote(name) + " ON "
                + PostgresText.quote(draft.schema()) + "." + PostgresText.quote(draft.table()) + " USING " + method
                + " (" + String.join(", ", entries) + ")";
        draft.indexes.add(new Index(name, unique, columns, definition));
    }

    /** The operator class and sort order of a key part as {@code pg_get_indexdef} prints them. */
    private static String options(KeyPart part, String method) throws PrismaException {
        List<Argument> arguments = part.options() instanceof Ast.Call call ? call.arguments()
                : part.options() instanceof Attribute attribute ? attribute.arguments() : List.of();
        StringBuilder out = new StringBuilder();
        String sort = "";
        for (Argument a : arguments) {
            if ("ops".equals(a.name())) {
                String opclass = Operators.printed(a.value(), method);
                if (opclass != null) {
                    out.append(' ').append(opclass);
                }
            } else if ("sort".equals(a.name())) {
                if (!(a.value() instanceof Ast.Name n) || !n.name().equals("Asc") && !n.name().equals("Desc")) {
                    throw new PrismaException(a.position(), "sort: is Asc or Desc");
                }
                sort = n.name().equals("Desc") ? " DESC" : "";
            } else if ("length".equals(a.name())) {
                throw new PrismaException(a.position(), "length: exists only for MySQL; PostgreSQL indexes whole values, remove it");
            }
        }
        return out + sort;
    }

    /** The fields an {@code @@id}, {@code @@unique} or {@code @@index} names, as columns. */
    private List<KeyPart> keyParts(TableDraft draft, Attribute a) throws PrismaException {
        Optional<Argument> fields = a.argument("fields", true);
        if (fields.isEmpty() || !(fields.get().value() instanceof Ast.Array array) || array.items().isEmpty()) {
            throw new PrismaException(a.position(), "@@" + a.name() + " takes a list of fields, e.g. @@" + a.name() + "([a, b])");
        }
        List<KeyPart> parts = new ArrayList<>();
        for (Ast.Value item : array.items()) {
            String fieldName = item instanceof Ast.Name n ? n.name() : item instanceof Ast.Call c ? c.name() : null;
            TableDraft.ScalarColumn column = fieldName == null ? null : draft.columns.get(fieldName);
            if (column == null) {
                throw new PrismaException(item.position(), "@@" + a.name() + " names "
                        + (fieldName == null ? "something that is not a field" : "field \"" + fieldName + "\"")
                        + ", which is not a scalar field of model " + draft.info.model().name()
                        + suggestion(fieldName == null ? "" : fieldName, new TreeSet<>(draft.columns.keySet()))
                        + "; list scalar fields of the model");
            }
            parts.add(new KeyPart(column.column().name(), item));
        }
        return parts;
    }

    static String suggestion(String word, java.util.Collection<String> candidates) {
        return dev.dbmirror.schema.text.Suggestions.closest(word, candidates)
                .map(s -> " (did you mean \"" + s + "\"?)").orElse("");
    }
}
