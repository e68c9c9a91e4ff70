package dev.dbmirror.schema.shorthand;

import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Source;
import dev.dbmirror.schema.model.Table;
import dev.dbmirror.schema.validate.MirrorValidator;
import dev.dbmirror.schema.validate.Violation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A new table, written in the shorthand, added to a mirror: checked against what the mirror has
 * (its enums, the tables and key columns its foreign keys reference, the names already taken), with
 * types as the mirror writes them — PostgreSQL's own type text in a {@code postgresql} mirror, the
 * catalog's portable names in any other.
 */
public final class TableAddition {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** PostgreSQL's longest name in bytes: a longer constraint name would be cut, and a pull would not match. */
    private static final int MAX_NAME_BYTES = 63;

    private TableAddition() {
    }

    /**
     * The mirror with the table {@code schema.name} of these columns added (and its schema, when new).
     *
     * @param comment the table's comment, or {@code null}
     * @throws ShorthandException every problem: of the table's name (item 0), or of an item of the column list
     */
    public static Mirror add(Mirror mirror, String schema, String name, String comment, String columns)
            throws ShorthandException {
        List<ShorthandProblem> problems = new ArrayList<>();
        for (String part : List.of(schema, name)) {
            if (!NAME.matcher(part).matches()) {
                problems.add(tableProblem("invalid name \"" + part + "\"; use letters, digits and _, not starting with a digit"));
            }
        }
        if (mirror.table(schema, name).isPresent()) {
            problems.add(tableProblem("table " + schema + "." + name + " is already in the mirror; choose another name,"
                    + " or change the table in the mirror file"));
        }
        if (!problems.isEmpty()) {
            throw new ShorthandException(problems);
        }
        boolean postgres = "postgresql".equals(mirror.source().dialect());
        ShorthandColumns parsed = new ShorthandParser(columns, mirror.enums(), postgres,
                new ShorthandParser.NewTable(mirror, schema, name)).parse();
        Table plain = parsed.toTable(schema, name);
        Table table = new Table(schema, name, plain.kind(), comment, plain.columns(), plain.primaryKey(), plain.uniques(),
                plain.foreignKeys(), plain.checks(), plain.indexes());
        checkNameLengths(table);
        List<Table> tables = new ArrayList<>(mirror.tables());
        tables.add(table);
        TreeSet<String> schemas = new TreeSet<>(mirror.source().schemas());
        schemas.add(schema);
        Source source = new Source(mirror.source().dialect(), mirror.source().serverMajor(), List.copyOf(schemas));
        Mirror added = new Mirror(mirror.format(), source, mirror.enums(), mirror.domains(), tables);
        List<Violation> violations = MirrorValidator.validate(added);
        if (!violations.isEmpty()) {
            throw new ShorthandException(violations.stream().map(v -> tableProblem(v.path() + ": " + v.message())).toList());
        }
        return added;
    }

    private static void checkNameLengths(Table table) throws ShorthandException {
        List<String> names = new ArrayList<>();
        names.add(table.name());
        if (table.primaryKey() != null) {
            names.add(table.primaryKey().name());
        }
        table.uniques().forEach(u -> names.add(u.name()));
        table.foreignKeys().forEach(k -> names.add(k.name()));
        for (String name : names) {
            if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
                throw new ShorthandException(List.of(tableProblem("the name " + name + " is longer than PostgreSQL's "
                        + MAX_NAME_BYTES + " bytes; choose shorter table or column names")));
            }
        }
    }

    private static ShorthandProblem tableProblem(String message) {
        return new ShorthandProblem(0, "", 1, message);
    }
}
