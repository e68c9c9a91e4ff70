package dev.dbmirror.schema.shorthand;

import dev.dbmirror.schema.ddl.SqlSyntax;
import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.EnumType;
import dev.dbmirror.schema.model.Index;
import dev.dbmirror.schema.model.Key;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.ReferentialAction;
import dev.dbmirror.schema.model.Table;
import dev.dbmirror.schema.text.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Parses one shorthand column list, collecting a problem for every bad item rather than stopping at the first. */
final class ShorthandParser {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String FK = "fk>";
    private static final String REF = "ref=";
    private static final String ON_DELETE = "ondelete=";
    private static final List<String> FLAG_WORDS = List.of("pk", "unique", "?", "null", "=", FK, REF, ON_DELETE);
    private static final String FLAG_HELP = "use pk, unique, ? (nullable), =default, fk>table.column or ondelete=ACTION";
    private static final Map<String, ReferentialAction> ACTIONS = actions();

    /** The table the columns are for, when they are checked against a mirror (references, enum defaults). */
    record NewTable(Mirror mirror, String schema, String name) {
    }

    /** A reference as written, kept with where it was written until every column is known. */
    private record Written(ShorthandReference reference, int item, String itemText, Segment at) {
    }

    private final Segment spec;
    private final List<EnumType> enums;
    private final boolean postgres;
    private final NewTable target;
    private final List<ShorthandProblem> problems = new ArrayList<>();
    private final List<Column> columns = new ArrayList<>();
    private final List<String> primaryKey = new ArrayList<>();
    private final List<String> uniques = new ArrayList<>();
    private final List<Written> references = new ArrayList<>();
    private final Map<String, Integer> itemOfColumn = new HashMap<>();
    private int itemNumber;
    private Segment item;

    /**
     * @param postgres whether types are written as PostgreSQL prints them (a {@code postgresql} mirror)
     *                 rather than with the catalog's portable names
     * @param target   the table and mirror references are checked against, or {@code null} to take them as written
     */
    ShorthandParser(String spec, List<EnumType> enums, boolean postgres, NewTable target) {
        this.spec = Segment.of(spec);
        this.enums = List.copyOf(enums);
        this.postgres = postgres;
        this.target = target;
    }

    ShorthandColumns parse() throws ShorthandException {
        if (spec.text().isEmpty()) {
            // item 1, so that the message is one of the list, not of the table (item 0)
            throw new ShorthandException(List.of(new ShorthandProblem(1, spec.text(), 1,
                    "no columns given; write name:type items separated by commas, e.g. id:uuid:pk,email:string:unique")));
        }
        List<Segment> items = spec.split(',');
        for (int i = 0; i < items.size(); i++) {
            itemNumber = i + 1;
            item = items.get(i);
            item();
        }
        if (target != null) {
            references.forEach(this::check);
        }
        if (!problems.isEmpty()) {
            throw new ShorthandException(problems);
        }
        return new ShorthandColumns(columns, primaryKey, uniques, references.stream().map(Written::reference).toList());
    }

    /** What one item says besides its name and type. */
    private static final class Flags {
        boolean pk;
        boolean unique;
        Segment nullable;
        Segment defaultValue;
        Segment reference;
        Segment onDelete;
        ReferentialAction action = ReferentialAction.NO_ACTION;
    }

    private void item() {
        if (item.text().isEmpty()) {
            problem(item, "empty item; remove the extra comma");
            return;
        }
        Optional<Segment> unclosed = item.unclosed();
        if (unclosed.isPresent()) {
            String opener = unclosed.get().text();
            problem(unclosed.get(), "\"" + opener + "\" is never closed, so the rest of the list was read as part of this item;"
                    + " close it, e.g. " + (opener.equals("(") ? "=now()" : "='new'"));
            return;
        }
        List<Segment> parts = item.split(':');
        Segment name = parts.get(0);
        if (parts.size() < 2) {
            problem(item, "no type; write name:type, e.g. " + name.text() + ":string");
            return;
        }
        boolean nameOk = name(name);
        Flags flags = new Flags();
        Segment typePart = parts.get(1);
        int equals = typePart.indexOutside('=');
        if (equals >= 0) {
            flags.defaultValue = typePart.from(equals + 1);
            typePart = typePart.upTo(equals);
        }
        if (typePart.text().endsWith("?")) {
            flags.nullable = typePart;
            typePart = typePart.upTo(typePart.text().length() - 1);
        }
        String type = type(typePart);
        for (Segment flag : parts.subList(2, parts.size())) {
            flag(flag, flags);
        }
        String defaultValue = defaultValue(flags, type);
        checkCombinations(flags);
        if (!nameOk || type == null) {
            return;
        }
        String column = name.text();
        columns.add(new Column(column, type, flags.nullable != null, defaultValue, null, null, null));
        if (flags.pk) {
            primaryKey.add(column);
        }
        if (flags.unique) {
            uniques.add(column);
        }
        if (flags.reference != null) {
            reference(column, flags.reference, flags.action);
        }
    }

    private void checkCombinations(Flags flags) {
        if (flags.pk && flags.nullable != null) {
            problem(item, "a primary key column cannot be nullable; drop \"" + (flags.nullable.text().endsWith("?") ? "?" : "null")
                    + "\" or \"pk\"");
        }
        if (flags.pk && flags.unique) {
            problem(item, "a primary key column is unique already; drop \"unique\"");
        }
        if (flags.onDelete != null && flags.reference == null) {
            problem(flags.onDelete, "ondelete= belongs to a foreign key; add fk>table.column to this item or drop it");
        } else if (flags.action == ReferentialAction.SET_NULL && flags.nullable == null) {
            problem(flags.onDelete, "ondelete=set-null needs a nullable column; write its type with ?, e.g. uuid?");
        }
    }

    private boolean name(Segment name) {
        if (name.text().isEmpty()) {
            problem(item, "no column name; write name:type, e.g. id:uuid");
            return false;
        }
        if (!NAME.matcher(name.text()).matches()) {
            problem(name, "invalid column name \"" + name.text()
                    + "\"; use letters, digits and _, not starting with a digit");
            return false;
        }
        Integer first = itemOfColumn.putIfAbsent(name.text(), itemNumber);
        if (first != null) {
            problem(name, "duplicate column \"" + name.text() + "\" (first in item " + first
                    + "); give each column its own name");
            return false;
        }
        return true;
    }

    /** The column type: a catalog type or an enum's qualified name, with any {@code []} kept; {@code null} when unknown. */
    private String type(Segment type) {
        String element = type.text();
        String arrays = "";
        while (element.endsWith("[]")) {
            element = element.substring(0, element.length() - 2).strip();
            arrays += "[]";
        }
        if (ShorthandTypes.isCatalogName(element)) {
            ShorthandTypes.Result resolved = ShorthandTypes.resolve(element, postgres);
            if (resolved.problem() != null) {
                problem(type, resolved.problem());
                return null;
            }
            return resolved.type() + arrays;
        }
        String wanted = element;
        List<EnumType> matching = enums.stream()
                .filter(e -> e.name().equals(wanted) || e.qualifiedName().equals(wanted))
                .toList();
        if (matching.size() == 1) {
            return matching.get(0).qualifiedName() + arrays;
        }
        if (matching.size() > 1) {
            problem(type, "enum \"" + element + "\" is in several schemas ("
                    + matching.stream().map(EnumType::schema).collect(Collectors.joining(", "))
                    + "); write it with its schema, e.g. " + matching.get(0).qualifiedName());
            return null;
        }
        problem(type, type.text().isEmpty() ? "no type; write name:type, e.g. id:uuid" : unknownType(element));
        return null;
    }

    private String unknownType(String element) {
        List<String> known = new ArrayList<>(ShorthandTypes.all());
        enums.forEach(e -> known.add(e.name()));
        String enumHelp = enums.isEmpty() ? ""
                : ", an enum (" + enums.stream().map(EnumType::qualifiedName).collect(Collectors.joining(", ")) + ")";
        return "unknown type \"" + element + "\"" + didYouMean(element, known) + "; use one of "
                + String.join(", ", ShorthandTypes.listed()) + enumHelp + ", each optionally followed by [] for an array";
    }

    private void flag(Segment flag, Flags flags) {
        String text = flag.text();
        if (text.isEmpty()) {
            problem(flag, "empty flag; remove the extra \":\" or write a flag (" + FLAG_HELP + ")");
        } else if (text.equals("pk") || text.equals("unique")) {
            boolean already = text.equals("pk") ? flags.pk : flags.unique;
            if (already) {
                twice(flag, text);
            } else if (text.equals("pk")) {
                flags.pk = true;
            } else {
                flags.unique = true;
            }
        } else if (text.equals("?") || text.equals("null")) {
            flags.nullable = once(flag, flags.nullable, "nullable");
        } else if (text.startsWith("=")) {
            if (flags.defaultValue != null) {
                twice(flag, "default");
            } else {
                flags.defaultValue = flag.from(1);
            }
        } else if (text.startsWith(FK) || text.startsWith(REF)) {
            flags.reference = once(flag, flags.reference, "foreign key");
        } else if (text.startsWith(ON_DELETE)) {
            flags.onDelete = once(flag, flags.onDelete, "ondelete");
            String action = text.substring(ON_DELETE.length()).strip();
            if (ACTIONS.containsKey(action)) {
                flags.action = ACTIONS.get(action);
            } else {
                problem(flag, "unknown action \"" + action + "\"" + didYouMean(action, List.copyOf(ACTIONS.keySet()))
                        + "; use " + String.join(", ", ACTIONS.keySet()));
            }
        } else {
            problem(flag, "unknown flag \"" + text + "\"" + didYouMean(text, FLAG_WORDS) + "; " + FLAG_HELP);
        }
    }

    /** The flag, or the one already given when it is given twice (which is a problem). */
    private Segment once(Segment flag, Segment already, String what) {
        if (already != null) {
            twice(flag, what);
            return already;
        }
        return flag;
    }

    private void twice(Segment flag, String what) {
        problem(flag, what + " given twice (\"" + flag.text() + "\"); write it once");
    }

    /**
     * The default as the mirror keeps it. PostgreSQL prints a quoted literal of a text, JSON or enum
     * column with its cast ({@code 'new'::text}); it is written so here, so that the mirror matches a
     * pull after the migration.
     */
    private String defaultValue(Flags flags, String type) {
        if (flags.defaultValue == null) {
            return null;
        }
        String text = flags.defaultValue.text();
        if (text.isEmpty()) {
            problem(flags.defaultValue, "empty default; write =expression, e.g. =0, =now() or ='new'");
            return null;
        }
        if (type == null || !isOneLiteral(text)) {
            return text;
        }
        Optional<EnumType> enumType = enums.stream().filter(e -> e.qualifiedName().equals(type)).findFirst();
        String label = text.substring(1, text.length() - 1).replace("''", "'");
        if (enumType.isPresent() && !enumType.get().values().contains(label)) {
            // caught here, not when the migration fails on the server
            problem(flags.defaultValue, text + " is not a label of " + type + didYouMean(label, enumType.get().values())
                    + "; use one of " + String.join(", ", enumType.get().values()));
            return null;
        }
        if (!postgres) {
            return text;
        }
        return castName(type).map(cast -> text + "::" + cast).orElse(text);
    }

    private Optional<String> castName(String type) {
        if (type.equals("text") || type.equals("jsonb")) {
            return Optional.of(type);
        }
        if (type.startsWith("character varying")) {
            return Optional.of("character varying");
        }
        return enums.stream().filter(e -> e.qualifiedName().equals(type)).findFirst()
                .map(e -> e.schema().equals("public") ? SqlSyntax.identifier(e.name()) : SqlSyntax.qualified(e.schema(), e.name()));
    }

    private static boolean isOneLiteral(String text) {
        if (text.length() < 2 || text.charAt(0) != '\'' || text.charAt(text.length() - 1) != '\'') {
            return false;
        }
        String inside = text.substring(1, text.length() - 1);
        return !inside.replace("''", "").contains("'");
    }

    private void reference(String column, Segment flag, ReferentialAction onDelete) {
        int prefix = flag.text().startsWith(FK) ? FK.length() : REF.length();
        String written = flag.text().substring(0, prefix);
        List<Segment> parts = flag.from(prefix).split('.');
        boolean wellFormed = (parts.size() == 2 || parts.size() == 3)
                && parts.stream().allMatch(part -> NAME.matcher(part.text()).matches());
        if (!wellFormed) {
            problem(flag, "\"" + flag.text() + "\" does not name a column; write " + written + "table.column or "
                    + written + "schema.table.column, e.g. " + written + "customers.id");
            return;
        }
        int n = parts.size();
        references.add(new Written(new ShorthandReference(column, n == 3 ? parts.get(0).text() : null,
                parts.get(n - 2).text(), parts.get(n - 1).text(), onDelete), itemNumber, item.text(), flag));
    }

    /** A reference must name a column that is a whole key of a table of the mirror (or of the new table), of the same type. */
    private void check(Written written) {
        ShorthandReference ref = written.reference();
        String schema = ref.schema() != null ? ref.schema() : target.schema();
        String qualified = schema + "." + ref.table();
        boolean self = schema.equals(target.schema()) && ref.table().equals(target.name());
        Optional<Table> table = self ? Optional.empty() : target.mirror().table(schema, ref.table());
        if (!self && table.isEmpty()) {
            List<String> names = target.mirror().tables().stream()
                    .map(t -> t.schema().equals(schema) ? t.name() : t.qualifiedName()).toList();
            problem(written, "unknown table \"" + (ref.schema() != null ? qualified : ref.table()) + "\""
                    + didYouMean(ref.table(), names) + "; reference a table of the mirror, or this new table");
            return;
        }
        List<Column> targetColumns = self ? columns : table.get().columns();
        Optional<Column> referenced = targetColumns.stream().filter(c -> c.name().equals(ref.referencedColumn())).findFirst();
        if (referenced.isEmpty()) {
            problem(written, qualified + " has no column \"" + ref.referencedColumn() + "\""
                    + didYouMean(ref.referencedColumn(), targetColumns.stream().map(Column::name).toList())
                    + "; reference one of its key columns");
            return;
        }
        List<List<String>> keys = self ? selfKeys() : keys(table.get());
        if (!keys.contains(List.of(ref.referencedColumn()))) {
            String primary = keys.isEmpty() ? "" : "; reference a key column, e.g. " + qualified + "." + keys.get(0).get(0);
            problem(written, qualified + "." + ref.referencedColumn() + " is neither the primary key nor a unique key of "
                    + qualified + ", so a foreign key cannot reference it" + primary);
            return;
        }
        Column own = columns.stream().filter(c -> c.name().equals(ref.column())).findFirst().orElseThrow();
        if (!own.type().equals(referenced.get().type())) {
            problem(written, "the column is " + own.type() + " but " + qualified + "." + ref.referencedColumn() + " is "
                    + referenced.get().type() + "; give both the same type");
        }
    }

    private List<List<String>> selfKeys() {
        List<List<String>> keys = new ArrayList<>();
        if (primaryKey.size() == 1) {
            keys.add(List.copyOf(primaryKey));
        }
        uniques.forEach(u -> keys.add(List.of(u)));
        return keys;
    }

    /** The table's single-column keys: primary key first, then unique constraints and unique indexes that make a key. */
    private static List<List<String>> keys(Table table) {
        List<List<String>> keys = new ArrayList<>();
        if (table.primaryKey() != null) {
            keys.add(table.primaryKey().columns());
        }
        table.uniques().stream().map(Key::columns).forEach(keys::add);
        table.indexes().stream().filter(Index::isUniqueKey).map(Index::columns).forEach(keys::add);
        keys.removeIf(k -> k.size() != 1);
        return keys;
    }

    private static String didYouMean(String word, List<String> candidates) {
        return Suggestions.closest(word, candidates).map(c -> " (did you mean \"" + c + "\"?)").orElse("");
    }

    private void problem(Segment at, String message) {
        problems.add(new ShorthandProblem(itemNumber, item.text(), at.position(), message));
    }

    private void problem(Written at, String message) {
        problems.add(new ShorthandProblem(at.item(), at.itemText(), at.at().position(), message));
    }

    private static Map<String, ReferentialAction> actions() {
        Map<String, ReferentialAction> actions = new LinkedHashMap<>();
        for (ReferentialAction action : ReferentialAction.values()) {
            actions.put(action.json().replace(' ', '-'), action);
        }
        return actions;
    }
}
