package dev.dbmirror.schema.prisma;

import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Index;
import dev.dbmirror.schema.model.Key;
import dev.dbmirror.schema.model.ReferentialAction;
import dev.dbmirror.schema.model.Table;
import dev.dbmirror.schema.model.TableKind;
import dev.dbmirror.schema.prisma.Ast.Argument;
import dev.dbmirror.schema.prisma.Ast.Attribute;
import dev.dbmirror.schema.prisma.Ast.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pairs each relation field with its opposite field and turns the pair into a foreign key on the
 * side that names {@code fields:}, or, for two list fields, into Prisma's join table {@code _AToB}.
 */
final class Relations {

    /** One side of a relation: the model it is declared in and the field. */
    private record End(TableDraft draft, Field field, String relationName, Attribute relation) {

        String model() {
            return draft.info.model().name();
        }

        String target() {
            return field.type().name();
        }

        boolean definesKey() {
            return relation != null && relation.argument("fields", false).isPresent();
        }

        String describe() {
            return model() + "." + field.name();
        }
    }

    private final Map<String, TableDraft> drafts;
    private final Problems problems;

    Relations(Map<String, TableDraft> drafts, Problems problems) {
        this.drafts = drafts;
        this.problems = problems;
    }

    /** Adds the foreign keys to the drafts and returns the join tables of implicit many-to-many relations. */
    List<Table> resolve() {
        Map<String, List<End>> groups = new LinkedHashMap<>();
        for (TableDraft draft : drafts.values()) {
            if (draft.info.model().view()) {
                continue; // a view's relations are Prisma's alone: no constraint exists for them
            }
            for (Field field : draft.info.model().fields()) {
                TableDraft target = drafts.get(field.type().name());
                if (target == null || target.info.model().view() || field.type().unsupported() != null) {
                    continue;
                }
                Attribute relation = field.attribute("relation").orElse(null);
                String name = relation == null ? "" : Problems.text(relation, "name", true).orElse("");
                String a = draft.info.model().name();
                String b = target.info.model().name();
                String key = (a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a) + "\u0000" + name;
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new End(draft, field, name, relation));
            }
        }
        List<Table> joinTables = new ArrayList<>();
        for (List<End> ends : groups.values()) {
            try {
                pair(ends, joinTables);
            } catch (PrismaException e) {
                problems.add(e);
            }
        }
        return joinTables;
    }

    private void pair(List<End> ends, List<Table> joinTables) throws PrismaException {
        End first = ends.get(0);
        if (ends.size() == 1) {
            String back = first.model().substring(0, 1).toLowerCase() + first.model().substring(1);
            throw new PrismaException(first.field().position(), "relation field " + first.describe() + " points to model "
                    + first.target() + ", which has no field back to " + first.model()
                    + (first.relationName().isEmpty() ? "" : " in relation \"" + first.relationName() + "\"")
                    + "; add the opposite relation field to " + first.target() + ", e.g. " + back + "s "
                    + first.model() + "[]" + (first.relationName().isEmpty() ? "" : " @relation(\"" + first.relationName() + "\")"));
        }
        if (ends.size() > 2) {
            throw new PrismaException(ends.get(2).field().position(), "ambiguous relation: " + ends.size()
                    + " fields relate " + first.model() + " and " + first.target()
                    + (first.relationName().isEmpty() ? " without a relation name" : " as \"" + first.relationName() + "\"")
                    + " (" + String.join(", ", ends.stream().map(End::describe).toList())
                    + "); give each pair of opposite fields its own name, @relation(\"…\") on both sides");
        }
        End second = ends.get(1);
        if (first.definesKey() && second.definesKey()) {
            throw new PrismaException(second.relation().position(), "both " + first.describe() + " and " + second.describe()
                    + " give fields: and references:; only the side that holds the foreign key does, remove them from one");
        }
        if (first.definesKey() || second.definesKey()) {
            End owner = first.definesKey() ? first : second;
            End other = owner == first ? second : first;
            if (owner.field().type().list()) {
                throw new PrismaException(owner.relation().position(), "list field " + owner.describe()
                        + " cannot hold the foreign key; move fields: and references: to " + other.describe());
            }
            foreignKey(owner);
            return;
        }
        if (first.field().type().list() && second.field().type().list()) {
            joinTables.add(joinTable(first, second));
            return;
        }
        End single = first.field().type().list() ? second : first;
        throw new PrismaException(single.field().position(), "the relation between " + first.describe() + " and "
                + second.describe() + " has no foreign key; add @relation(fields: [" + single.field().name()
                + "Id], references: [id]) to " + single.describe() + " and the field that holds the key");
    }

    private void foreignKey(End owner) throws PrismaException {
        TableDraft draft = owner.draft();
        TableDraft target = drafts.get(owner.target());
        Attribute relation = owner.relation();
        List<String> columns = columns(relation, "fields", draft, owner);
        List<String> referenced = columns(relation, "references", target, owner);
        if (columns.size() != referenced.size()) {
            throw new PrismaException(relation.position(), owner.describe() + " has " + columns.size()
                    + " fields but " + referenced.size() + " references; name one referenced field per field");
        }
        String name = PostgresText.identifier(Problems.text(relation, "map", false)
                .orElse(PrismaNames.foreignKey(draft.table(), columns)));
        boolean optional = owner.field().type().optional();
        ReferentialAction onDelete = action(relation, "onDelete", optional ? ReferentialAction.SET_NULL : ReferentialAction.RESTRICT);
        ReferentialAction onUpdate = action(relation, "onUpdate", ReferentialAction.CASCADE);
        draft.claimName(name, relation.position(), problems);
        draft.foreignKeys.add(new ForeignKey(name, columns,
                new ForeignKey.Reference(target.schema(), target.table(), referenced), onUpdate, onDelete));
    }

    private List<String> columns(Attribute relation, String argument, TableDraft draft, End owner) throws PrismaException {
        Optional<Argument> list = relation.argument(argument, false);
        if (list.isEmpty() || !(list.get().value() instanceof Ast.Array array) || array.items().isEmpty()) {
            throw new PrismaException(relation.position(), "@relation on " + owner.describe() + " needs "
                    + argument + ": [...] beside " + (argument.equals("fields") ? "references" : "fields")
                    + ", e.g. @relation(fields: [authorId], references: [id])");
        }
        List<String> columns = new ArrayList<>();
        for (Ast.Value item : array.items()) {
            String field = item instanceof Ast.Name n ? n.name() : null;
            TableDraft.ScalarColumn column = field == null ? null : draft.columns.get(field);
            if (column == null) {
                throw new PrismaException(item.position(), argument + ": of " + owner.describe() + " names "
                        + (field == null ? "something that is not a field" : "\"" + field + "\"")
                        + ", which is not a scalar field of model " + draft.info.model().name()
                        + ModelTables.suggestion(field == null ? "" : field, draft.columns.keySet())
                        + "; name scalar fields of " + draft.info.model().name());
            }
            columns.add(column.column().name());
        }
        return columns;
    }

    private static ReferentialAction action(Attribute relation, String argument, ReferentialAction otherwise)
            throws PrismaException {
        Optional<Argument> given = relation.argument(argument, false);
        if (given.isEmpty()) {
            return otherwise;
        }
        String name = given.get().value() instanceof Ast.Name n ? n.name() : "";
        return switch (name) {
            case "Cascade" -> ReferentialAction.CASCADE;
            case "Restrict" -> ReferentialAction.RESTRICT;
            case "NoAction" -> ReferentialAction.NO_ACTION;
            case "SetNull" -> ReferentialAction.SET_NULL;
            case "SetDefault" -> ReferentialAction.SET_DEFAULT;
            default -> throw new PrismaException(given.get().value().position(), argument
                    + ": is one of Cascade, Restrict, NoAction, SetNull, SetDefault");
        };
    }

    /**
     * Prisma's table for an implicit many-to-many relation: {@code _AToB} (or {@code _Name}), where A is
     * the model whose name sorts first; columns A and B refer to the two models' ids.
     */
    private Table joinTable(End first, End second) throws PrismaException {
        End a = first.model().compareTo(second.model()) <= 0 ? first : second;
        End b = a == first ? second : first;
        String relation = first.relationName().isEmpty() ? a.model() + "To" + b.model() : first.relationName();
        String table = PostgresText.identifier("_" + relation);
        TableDraft modelA = a.draft();
        TableDraft modelB = b.draft();
        String schema = modelA.schema();
        Column columnA = joinColumn("A", modelA, a);
        Column columnB = joinColumn("B", modelB, b);
        String quoted = PostgresText.quote(schema) + "." + PostgresText.quote(table);
        String bIndex = PostgresText.identifier(table + "_B_index");
        return new Table(schema, table, TableKind.TABLE, null, List.of(columnA, columnB),
                new Key(PostgresText.identifier(table + "_AB_pkey"), List.of("A", "B")), List.of(),
                List.of(joinKey(table, "A", modelA), joinKey(table, "B", modelB)), List.of(),
                List.of(new Index(bIndex, false, List.of("B"), "CREATE INDEX " + PostgresText.quote(bIndex) + " ON "
                        + quoted + " USING btree (\"B\")")));
    }

    private static Column joinColumn(String name, TableDraft model, End end) throws PrismaException {
        Key id = model.primaryKey;
        if (id == null || id.columns().size() != 1) {
            throw new PrismaException(end.field().position(), "the implicit many-to-many relation of " + end.describe()
                    + " needs model " + model.info.model().name() + " to have a single-field @id;"
                    + " give it one, or model the relation as an explicit join model");
        }
        String type = model.columns.values().stream().filter(c -> c.column().name().equals(id.columns().get(0)))
                .findFirst().orElseThrow().type().text();
        return new Column(name, type, false, null, null, null, null);
    }

    private static ForeignKey joinKey(String table, String column, TableDraft model) {
        return new ForeignKey(PrismaNames.foreignKey(table, List.of(column)), List.of(column),
                new ForeignKey.Reference(model.schema(), model.table(), model.primaryKey.columns()),
                ReferentialAction.CASCADE, ReferentialAction.CASCADE);
    }
}
