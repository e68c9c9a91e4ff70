package dev.dbmirror.schema.prisma;

import dev.dbmirror.schema.prisma.Ast.Attribute;
import dev.dbmirror.schema.prisma.Ast.Block;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The blocks of all schema files, indexed: the PostgreSQL datasource and its schemas, the enums and
 * the models and views with their database names.
 */
final class Declarations {

    /** An enum with its database name and the database label of each value. */
    record EnumInfo(Ast.EnumBlock block, String schema, String name, Map<String, String> labels) {
    }

    /** A model or view with the table it becomes. */
    record ModelInfo(Ast.Model model, String schema, String table) {
    }

    static final String DEFAULT_SCHEMA = "public";

    final Map<String, EnumInfo> enums = new LinkedHashMap<>();
    final Map<String, ModelInfo> models = new LinkedHashMap<>();
    /** The datasource's {@code schemas}, empty when it has none. */
    final List<String> schemas = new ArrayList<>();

    private final Problems problems;

    private Declarations(Problems problems) {
        this.problems = problems;
    }

    static Declarations index(List<SchemaSource> sources, Map<String, List<Block>> blocksByFile, Problems problems)
            throws PrismaException {
        Declarations d = new Declarations(problems);
        List<Ast.Config> datasources = new ArrayList<>();
        Map<String, Block> names = new LinkedHashMap<>();
        for (List<Block> blocks : blocksByFile.values()) {
            for (Block block : blocks) {
                if (block instanceof Ast.Config config) {
                    if (config.keyword().equals("datasource")) {
                        datasources.add(config);
                    }
                    continue;
                }
                if (block instanceof Ast.Composite) {
                    problems.add(block.position(), "type " + block.name() + ": composite types exist only for MongoDB;"
                            + " on PostgreSQL make it a model with a relation, or a Json field");
                    continue;
                }
                Block first = names.putIfAbsent(block.name(), block);
                if (first != null) {
                    problems.add(block.position(), "\"" + block.name() + "\" is declared twice (first at "
                            + first.position() + "); models, views and enums need distinct names, rename one");
                }
            }
        }
        d.datasource(datasources, sources);
        for (Block block : names.values()) {
            if (block instanceof Ast.EnumBlock e) {
                d.enumInfo(e);
            } else if (block instanceof Ast.Model m) {
                d.models.put(m.name(), new ModelInfo(m, d.schemaOf(m.name(), m.attributes(), m.position()),
                        PostgresText.identifier(mapped(m.attributes(), m.name(), problems))));
            }
        }
        problems.throwIfAny();
        return d;
    }

    private void datasource(List<Ast.Config> datasources, List<SchemaSource> sources) throws PrismaException {
        if (datasources.isEmpty()) {
            throw new PrismaException(new Position(sources.get(0).name(), 1, 1), "the schema has no datasource block;"
                    + " add datasource db { provider = \"postgresql\" url = env(\"DATABASE_URL\") }");
        }
        if (datasources.size() > 1) {
            throw new PrismaException(datasources.get(1).position(), "a second datasource block (the first is at "
                    + datasources.get(0).position() + "); a Prisma schema has exactly one, remove this one");
        }
        Ast.Config datasource = datasources.get(0);
        Ast.Property provider = datasource.property("provider").orElseThrow(() -> new PrismaException(
                datasource.position(), "datasource " + datasource.name() + " has no provider; add provider = \"postgresql\""));
        String name = provider.value() instanceof Ast.Text t ? t.value() : null;
        if (name == null) {
            throw new PrismaException(provider.value().position(), "the provider is written as a string; write provider = \"postgresql\"");
        }
        if (!name.equals("postgresql") && !name.equals("postgres")) {
            throw new PrismaException(provider.value().position(), "datasource " + datasource.name() + " uses provider \""
                    + name + "\"; import-prisma reads schemas for PostgreSQL only (provider = \"postgresql\")"
                    + (name.equals("cockroachdb") ? " — CockroachDB's types and defaults differ" : ""));
        }
        Optional<Ast.Property> schemasProperty = datasource.property("schemas");
        if (schemasProperty.isPresent()) {
            if (!(schemasProperty.get().value() instanceof Ast.Array array) || array.items().isEmpty()) {
                throw new PrismaException(schemasProperty.get().value().position(),
                        "schemas is a list of schema names, e.g. schemas = [\"public\", \"billing\"]");
            }
            for (Ast.Value item : array.items()) {
                if (!(item instanceof Ast.Text t)) {
                    throw new PrismaException(item.position(), "schemas lists names as strings, e.g. \"public\"");
                }
                schemas.add(t.value());
            }
        }
    }

    private void enumInfo(Ast.EnumBlock e) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Ast.EnumValue value : e.values()) {
            String previous = labels.put(value.name(), mapped(value.attributes(), value.name(), problems));
            if (previous != null) {
                problems.add(value.position(), "enum " + e.name() + " lists " + value.name() + " twice; remove one");
            }
            for (Attribute a : value.attributes()) {
                if (!a.name().equals("map")) {
                    problems.add(a.position(), "unknown attribute @" + a.name() + " on enum value " + value.name()
                            + "; an enum value takes only @map(\"…\")");
                }
            }
        }
        for (Attribute a : e.attributes()) {
            if (!a.name().equals("map") && !a.name().equals("schema")) {
                problems.add(a.position(), "unknown attribute @@" + a.name() + " on enum " + e.name()
                        + "; an enum takes @@map(\"…\") and @@schema(\"…\")");
            }
        }
        enums.put(e.name(), new EnumInfo(e, schemaOf(e.name(), e.attributes(), e.position()),
                PostgresText.identifier(mapped(e.attributes(), e.name(), problems)), labels));
    }

    /** The schema of a model, view or enum: its {@code @@schema}, which the datasource must list. */
    private String schemaOf(String declaration, List<Attribute> attributes, Position at) {
        Optional<Attribute> schema = Ast.attribute(attributes, "schema");
        if (schema.isEmpty()) {
            if (!schemas.isEmpty()) {
                problems.add(at, declaration + " has no @@schema, and the datasource lists schemas; add @@schema(\""
                                + schemas.get(0) + "\") (one of " + String.join(", ", schemas) + ")");
            }
            return DEFAULT_SCHEMA;
        }
        Optional<String> name = Problems.text(schema.get(), "name", true);
        if (name.isEmpty()) {
            problems.add(schema.get().position(), "@@schema takes the schema's name, e.g. @@schema(\"public\")");
            return DEFAULT_SCHEMA;
        }
        if (schemas.isEmpty()) {
            problems.add(schema.get().position(), "@@schema(\"" + name.get() + "\") needs the datasource to list its"
                    + " schemas; add schemas = [\"" + name.get() + "\"] to the datasource block");
        } else if (!schemas.contains(name.get())) {
            problems.add(schema.get().position(), "schema \"" + name.get() + "\" is not in the datasource's schemas ("
                    + String.join(", ", schemas) + "); add it there or use one of them");
        }
        return name.get();
    }

    /** The database name from {@code @map("…")} / {@code @@map("…")}, else the Prisma name. */
    static String mapped(List<Attribute> attributes, String name, Problems problems) {
        for (Attribute a : attributes) {
            if (a.name().equals("map")) {
                Optional<String> value = Problems.text(a, "name", true);
                if (value.isPresent() && !value.get().isEmpty()) {
                    return value.get();
                }
                problems.add(a.position(), "@map takes the database name as a non-empty string, e.g. @map(\"user_id\")");
            }
        }
        return name;
    }

    List<String> sourceSchemas() {
        return schemas.isEmpty() ? List.of(DEFAULT_SCHEMA) : schemas.stream().sorted().distinct().toList();
    }
}
