package dev.dbmirror.schema.validate;

import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.EnumType;
import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Index;
import dev.dbmirror.schema.model.Key;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The semantic checks of a mirror that reads fine as JSON: names unique, every referenced column
 * and table present, user-defined column types declared. Returns every problem, each with the JSON
 * path of the offending value in the order the file has it.
 */
public final class MirrorValidator {

    private final Mirror mirror;
    private final List<Violation> problems = new ArrayList<>();
    private final Set<String> userTypes = new HashSet<>();
    /** Tables by qualified name, so that checking every foreign key stays linear in big mirrors. */
    private final Map<RelationName, Table> tables = new HashMap<>();

    private record RelationName(String schema, String name) {
    }

    private MirrorValidator(Mirror mirror) {
        this.mirror = mirror;
        mirror.tables().forEach(table -> tables.putIfAbsent(new RelationName(table.schema(), table.name()), table));
    }

    public static List<Violation> validate(Mirror mirror) {
        MirrorValidator validator = new MirrorValidator(mirror);
        validator.run();
        return List.copyOf(validator.problems);
    }

    private void run() {
        Map<String, String> seenTypes = new HashMap<>();
        for (int i = 0; i < mirror.enums().size(); i++) {
            EnumType type = mirror.enums().get(i);
            String name = type.qualifiedName();
            unique(seenTypes, name, "enums[" + i + "].name", "type \"" + name + "\"", "rename one of them or remove the copy");
            userTypes.add(name);
            Map<String, String> seenLabels = new HashMap<>();
            for (int v = 0; v < type.values().size(); v++) {
                String label = type.values().get(v);
                unique(seenLabels, label, "enums[" + i + "].values[" + v + "]",
                        "label \"" + label + "\" in enum " + name, "an enum has each label once");
            }
        }
        for (int i = 0; i < mirror.domains().size(); i++) {
            String name = mirror.domains().get(i).qualifiedName();
            unique(seenTypes, name, "domains[" + i + "].name", "type \"" + name + "\"", "rename one of them or remove the copy");
            userTypes.add(name);
        }
        for (int i = 0; i < mirror.domains().size(); i++) {
            checkType(mirror.domains().get(i).type(), "domains[" + i + "].type", "domain " + mirror.domains().get(i).qualifiedName());
        }
        Map<String, String> seenTables = new HashMap<>();
        Map<String, String> seenIndexes = new HashMap<>();
        for (int t = 0; t < mirror.tables().size(); t++) {
            Table table = mirror.tables().get(t);
            String path = "tables[" + t + "]";
            unique(seenTables, table.qualifiedName(), path + ".name", "table \"" + table.qualifiedName() + "\"",
                    "a relation appears once; remove the copy or pull the mirror again");
            table(table, path, seenIndexes);
        }
    }

    private void table(Table table, String path, Map<String, String> seenIndexes) {
        nonEmpty(table.name(), path + ".name", "table");
        Map<String, String> seenColumns = new HashMap<>();
        for (int c = 0; c < table.columns().size(); c++) {
            Column column = table.columns().get(c);
            String columnPath = path + ".columns[" + c + "]";
            nonEmpty(column.name(), columnPath + ".name", "column");
            unique(seenColumns, column.name(), columnPath + ".name",
                    "column \"" + column.name() + "\" in " + table.qualifiedName(), "rename or remove one of them");
            checkType(column.type(), columnPath + ".type", "column " + table.qualifiedName() + "." + column.name());
        }
        Map<String, String> seenConstraints = new HashMap<>();
        if (table.primaryKey() != null) {
            key(table, table.primaryKey(), path + ".primaryKey", "primary key", seenConstraints);
        }
        for (int u = 0; u < table.uniques().size(); u++) {
            key(table, table.uniques().get(u), path + ".uniques[" + u + "]", "unique constraint", seenConstraints);
        }
        for (int f = 0; f < table.foreignKeys().size(); f++) {
            foreignKey(table, table.foreignKeys().get(f), path + ".foreignKeys[" + f + "]", seenConstraints);
        }
        for (int c = 0; c < table.checks().size(); c++) {
            constraintName(table, table.checks().get(c).name(), path + ".checks[" + c + "].name", seenConstraints);
        }
        for (int i = 0; i < table.indexes().size(); i++) {
            Index index = table.indexes().get(i);
            String indexPath = path + ".indexes[" + i + "]";
            unique(seenIndexes, table.schema() + "." + index.name(), indexPath + ".name",
                    "index \"" + table.schema() + "." + index.name() + "\"", "index names are unique per schema; rename one");
            List<String> plainColumns = index.columns().stream().filter(entry -> !Index.isExpression(entry)).toList();
            if (index.columns().isEmpty()) {
                problem(indexPath + ".columns", "index " + index.name() + " has no columns; list its key columns");
            }
            columnsExist(table, index.columns(), indexPath + ".columns", "index " + index.name(), plainColumns);
        }
    }

    private void key(Table table, Key key, String path, String what, Map<String, String> seenConstraints) {
        constraintName(table, key.name(), path + ".name", seenConstraints);
        if (key.columns().isEmpty()) {
            problem(path + ".columns", what + " " + key.name() + " has no columns; list at least one column");
        }
        columnsExist(table, key.columns(), path + ".columns", what + " " + key.name(), key.columns());
    }

    private void foreignKey(Table table, ForeignKey fk, String path, Map<String, String> seenConstraints) {
        constraintName(table, fk.name(), path + ".name", seenConstraints);
        String what = "foreign key " + fk.name();
        if (fk.columns().isEmpty()) {
            problem(path + ".columns", what + " has no columns; list at least one column");
        }
        columnsExist(table, fk.columns(), path + ".columns", what, fk.columns());
        ForeignKey.Reference ref = fk.references();
        Table target = tables.get(new RelationName(ref.schema(), ref.table()));
        if (target == null) {
            problem(path + ".references.table", what + " references table " + ref.qualifiedTable()
                    + ", which is not in the mirror; pull it too (add its schema with --schema) or drop the key");
            return;
        }
        if (ref.columns().size() != fk.columns().size()) {
            problem(path + ".references.columns", what + " has " + columns(fk.columns().size()) + " but references "
                    + ref.columns().size() + "; list one referenced column per referencing column");
        }
        columnsExist(target, ref.columns(), path + ".references.columns", what, ref.columns());
    }

    /** Reports each entry of {@code checked} that is not a column of {@code table}, at its index in {@code all}. */
    private void columnsExist(Table table, List<String> all, String path, String what, List<String> checked) {
        for (int i = 0; i < all.size(); i++) {
            String name = all.get(i);
            if (checked.contains(name) && table.column(name).isEmpty()) {
                problem(path + "[" + i + "]", what + " names column \"" + name + "\", which "
                        + table.qualifiedName() + " does not have; use one of its columns");
            }
        }
    }

    /** A schema-qualified type must be a declared enum or domain; built-in types are never qualified. */
    private void checkType(String type, String path, String owner) {
        String element = type;
        while (element.endsWith("[]")) {
            element = element.substring(0, element.length() - 2);
        }
        if (element.isEmpty()) {
            problem(path, owner + " has an empty type; write the database type, e.g. \"text\"");
        } else if (isQualified(element) && !userTypes.contains(element)) {
            problem(path, owner + " uses type " + element
                    + ", which is neither an enum nor a domain of the mirror; declare it under \"enums\" or \"domains\"");
        }
    }

    private static boolean isQualified(String type) {
        int dot = type.indexOf('.');
        // numeric(12,2) and the like never contain a dot outside parentheses; "public.order_status" does.
        int paren = type.indexOf('(');
        return dot > 0 && (paren < 0 || dot < paren) && !type.contains(" ");
    }

    private void nonEmpty(String name, String path, String what) {
        if (name.isBlank()) {
            problem(path, "the " + what + " name is empty; every " + what + " needs a name");
        }
    }

    private static String columns(int count) {
        return count + (count == 1 ? " column" : " columns");
    }

    private void constraintName(Table table, String name, String path, Map<String, String> seenConstraints) {
        unique(seenConstraints, name, path, "constraint name \"" + name + "\" in " + table.qualifiedName(),
                "give each constraint of a table its own name");
    }

    /** Records {@code key} as seen at {@code path}; reports it when it was seen before. */
    private void unique(Map<String, String> seen, String key, String path, String duplicate, String fix) {
        String first = seen.putIfAbsent(key, path);
        if (first != null) {
            problem(path, "duplicate " + duplicate + " (first at " + first + "); " + fix);
        }
    }

    private void problem(String path, String message) {
        problems.add(new Violation(path, message));
    }
}
