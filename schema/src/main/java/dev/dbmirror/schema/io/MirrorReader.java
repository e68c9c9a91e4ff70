package dev.dbmirror.schema.io;

import dev.dbmirror.schema.model.Check;
import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.Domain;
import dev.dbmirror.schema.model.EnumType;
import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Identity;
import dev.dbmirror.schema.model.Index;
import dev.dbmirror.schema.model.Key;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.ReferentialAction;
import dev.dbmirror.schema.model.Source;
import dev.dbmirror.schema.model.Table;
import dev.dbmirror.schema.model.TableKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Binds JSON text to the {@link Mirror} model. Structural problems (wrong JSON types, missing
 * fields, unknown enum words) are all collected; keys this version does not know are ignored so
 * that newer files still read. Semantic checks are the validator's job.
 */
public final class MirrorReader {

    private final List<MirrorProblem> problems = new ArrayList<>();

    private MirrorReader() {
    }

    /** The mirror with the positions of its values, for locating later problems. */
    public record Result(Mirror mirror, SourcePositions positions) {
    }

    /**
     * Reads mirror text.
     *
     * @throws MirrorException with every structural problem found, each with line, column and JSON path
     */
    public static Result read(String text, String fileName) throws MirrorException {
        JsonNode root;
        try {
            root = JsonTreeParser.parse(text);
        } catch (JsonTreeParser.SyntaxError e) {
            throw new MirrorException(fileName, List.of(e.problem));
        }
        MirrorReader reader = new MirrorReader();
        Mirror mirror = reader.mirror(root);
        if (!reader.problems.isEmpty()) {
            throw new MirrorException(fileName, reader.problems);
        }
        return new Result(mirror, SourcePositions.of(root));
    }

    private Mirror mirror(JsonNode root) {
        Optional<JsonFields> top = JsonFields.asObject(root, "", problems);
        if (top.isEmpty()) {
            return null;
        }
        JsonFields fields = top.get();
        Integer format = fields.requiredInteger("format");
        if (format == null) {
            return null;
        }
        if (format > Mirror.FORMAT) {
            fields.problem("format", "format " + format + " is newer than this dbmirror reads (format "
                    + Mirror.FORMAT + "); upgrade dbmirror to a version that reads format " + format);
            return null;
        }
        if (format < 1) {
            fields.problem("format", "format " + format + " does not exist; write \"format\": " + Mirror.FORMAT);
            return null;
        }
        Source source = fields.requiredObject("source", this::source);
        List<EnumType> enums = fields.optionalList("enums", objects(this::enumType));
        List<Domain> domains = fields.optionalList("domains", objects(this::domain));
        List<Table> tables = fields.requiredList("tables", objects(this::table));
        return problems.isEmpty() ? new Mirror(format, source, enums, domains, tables) : null;
    }

    private Source source(JsonFields f) {
        String dialect = f.requiredString("dialect");
        Integer serverMajor = f.optionalInteger("serverMajor");
        List<String> schemas = f.optionalStrings("schemas");
        return dialect == null ? null : new Source(dialect, serverMajor, schemas);
    }

    private EnumType enumType(JsonFields f) {
        String schema = f.requiredString("schema");
        String name = f.requiredString("name");
        List<String> values = f.requiredStrings("values");
        String comment = f.optionalString("comment");
        return schema == null || name == null ? null : new EnumType(schema, name, values, comment);
    }

    private Domain domain(JsonFields f) {
        String schema = f.requiredString("schema");
        String name = f.requiredString("name");
        String type = f.requiredString("type");
        boolean nullable = f.requiredBoolean("nullable");
        String defaultValue = f.optionalString("default");
        List<Check> checks = f.optionalList("checks", objects(this::check));
        String comment = f.optionalString("comment");
        return schema == null || name == null || type == null ? null
                : new Domain(schema, name, type, nullable, defaultValue, checks, comment);
    }

    private Table table(JsonFields f) {
        String schema = f.requiredString("schema");
        String name = f.requiredString("name");
        TableKind kind = word(f, "kind", TableKind::fromJson, Arrays.stream(TableKind.values()).map(TableKind::json));
        String comment = f.optionalString("comment");
        List<Column> columns = f.requiredList("columns", objects(this::column));
        Key primaryKey = f.optionalObject("primaryKey", this::key);
        List<Key> uniques = f.optionalList("uniques", objects(this::key));
        List<ForeignKey> foreignKeys = f.optionalList("foreignKeys", objects(this::foreignKey));
        List<Check> checks = f.optionalList("checks", objects(this::check));
        List<Index> indexes = f.optionalList("indexes", objects(this::index));
        if (schema == null || name == null || kind == null) {
            return null;
        }
        return new Table(schema, name, kind, comment, columns, primaryKey, uniques, foreignKeys, checks, indexes);
    }

    private Column column(JsonFields f) {
        String name = f.requiredString("name");
        String type = f.requiredString("type");
        boolean nullable = f.requiredBoolean("nullable");
        String defaultValue = f.optionalString("default");
        Identity identity = f.optionalString("identity") == null ? null
                : word(f, "identity", Identity::fromJson, Arrays.stream(Identity.values()).map(Identity::json));
        String generated = f.optionalString("generated");
        String comment = f.optionalString("comment");
        return name == null || type == null ? null
                : new Column(name, type, nullable, defaultValue, identity, generated, comment);
    }

    private Key key(JsonFields f) {
        String name = f.requiredString("name");
        List<String> columns = f.requiredStrings("columns");
        return name == null ? null : new Key(name, columns);
    }

    private ForeignKey foreignKey(JsonFields f) {
        String name = f.requiredString("name");
        List<String> columns = f.requiredStrings("columns");
        ForeignKey.Reference references = f.requiredObject("references", this::reference);
        ReferentialAction onUpdate = action(f, "onUpdate");
        ReferentialAction onDelete = action(f, "onDelete");
        return name == null || references == null || onUpdate == null || onDelete == null ? null
                : new ForeignKey(name, columns, references, onUpdate, onDelete);
    }

    private ForeignKey.Reference reference(JsonFields f) {
        String schema = f.requiredString("schema");
        String table = f.requiredString("table");
        List<String> columns = f.requiredStrings("columns");
        return schema == null || table == null ? null : new ForeignKey.Reference(schema, table, columns);
    }

    private ReferentialAction action(JsonFields f, String name) {
        return word(f, name, ReferentialAction::fromJson,
                Arrays.stream(ReferentialAction.values()).map(ReferentialAction::json));
    }

    private Check check(JsonFields f) {
        String name = f.requiredString("name");
        String expression = f.requiredString("expression");
        return name == null || expression == null ? null : new Check(name, expression);
    }

    private Index index(JsonFields f) {
        String name = f.requiredString("name");
        boolean unique = f.requiredBoolean("unique");
        List<String> columns = f.requiredStrings("columns");
        String definition = f.optionalString("definition");
        return name == null ? null : new Index(name, unique, columns, definition);
    }

    /** A required string that must be one of a fixed set of words. */
    private <T> T word(JsonFields f, String name, Function<String, Optional<T>> parse,
                       Stream<String> allowed) {
        String text = f.requiredString(name);
        if (text == null) {
            return null;
        }
        Optional<T> value = parse.apply(text);
        if (value.isEmpty()) {
            f.problem(name, "unknown value \"" + text + "\"; use one of "
                    + allowed.map(w -> "\"" + w + "\"").collect(Collectors.joining(", ")));
        }
        return value.orElse(null);
    }

    /** Converts each array item that is an object with {@code read}; other items are recorded as problems. */
    private <T> BiFunction<JsonNode, String, Optional<T>> objects(Function<JsonFields, T> read) {
        return (node, path) -> JsonFields.asObject(node, path, problems).map(read);
    }
}
