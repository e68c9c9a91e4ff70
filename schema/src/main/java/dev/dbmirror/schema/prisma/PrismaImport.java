package dev.dbmirror.schema.prisma;

import dev.dbmirror.schema.model.EnumType;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Source;
import dev.dbmirror.schema.model.Table;
import dev.dbmirror.schema.prisma.Ast.Block;
import dev.dbmirror.schema.validate.MirrorValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The front door of the Prisma importer: a Prisma schema (one file or a folder of them) becomes the
 * mirror of the PostgreSQL database Prisma's own migration would create from it.
 * Pipeline: read files → parse (positions kept) → index declarations → tables per model → relations.
 */
public final class PrismaImport {

    private PrismaImport() {
    }

    /**
     * Reads {@code path}, a {@code .prisma} file or a folder whose {@code .prisma} files (also in
     * sub-folders) form one schema, and imports it.
     */
    public static Mirror fromPath(Path path) throws PrismaException {
        return fromSources(read(path));
    }

    /** The schema files of {@code path}, sorted by path, named as {@code path} names them. */
    public static List<SchemaSource> read(Path path) throws PrismaException {
        String shown = path.toString();
        try {
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(p -> p.getFileName().toString().endsWith(".prisma") && Files.isRegularFile(p))
                            .sorted().toList();
                }
                if (files.isEmpty()) {
                    throw new PrismaException(List.of(new PrismaProblem(Position.file(shown),
                            "the folder has no .prisma files; pass a schema.prisma file or a folder of .prisma files")));
                }
                List<SchemaSource> sources = new ArrayList<>();
                for (Path file : files) {
                    sources.add(new SchemaSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
                }
                return sources;
            }
            if (!Files.exists(path)) {
                throw new PrismaException(List.of(new PrismaProblem(Position.file(shown), "no such file or folder;"
                        + " pass the path of schema.prisma or of a folder of .prisma files")));
            }
            return List.of(new SchemaSource(shown, Files.readString(path, StandardCharsets.UTF_8)));
        } catch (java.nio.charset.MalformedInputException e) {
            throw new PrismaException(List.of(new PrismaProblem(Position.file(shown),
                    "a schema file is not valid UTF-8; save it as UTF-8")));
        } catch (IOException e) {
            throw new PrismaException(List.of(new PrismaProblem(Position.file(shown), "cannot read it: " + e.getMessage())));
        }
    }

    /** Imports schema files that together form one schema. */
    public static Mirror fromSources(List<SchemaSource> sources) throws PrismaException {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no schema files");
        }
        Map<String, List<Block>> blocks = new LinkedHashMap<>();
        for (SchemaSource source : sources) {
            blocks.put(source.name(), PrismaParser.parse(source.name(), source.text()));
        }
        Problems problems = new Problems(new Position(sources.get(0).name(), 1, 1));
        Declarations declarations = Declarations.index(sources, blocks, problems);
        ModelTables models = new ModelTables(declarations, problems);
        Map<String, TableDraft> drafts = new LinkedHashMap<>();
        for (Declarations.ModelInfo info : declarations.models.values()) {
            drafts.put(info.model().name(), models.build(info));
        }
        problems.throwIfAny();
        List<Table> joinTables = new Relations(drafts, problems).resolve();
        problems.throwIfAny();
        List<Table> tables = new ArrayList<>(drafts.values().stream().map(TableDraft::toTable).toList());
        tables.addAll(joinTables);
        List<EnumType> enums = declarations.enums.values().stream()
                .map(e -> new EnumType(e.schema(), e.name(), List.copyOf(e.labels().values()), e.block().documentation()))
                .toList();
        Mirror mirror = new Mirror(Mirror.FORMAT, new Source("postgresql", null, declarations.sourceSchemas()),
                enums, List.of(), tables);
        checkNames(mirror, problems, declarations);
        problems.throwIfAny();
        List<String> invalid = MirrorValidator.validate(mirror).stream().map(Object::toString).toList();
        if (!invalid.isEmpty()) {
            throw new PrismaException(List.of(new PrismaProblem(Position.file(sources.get(0).name()),
                    "the schema gives a database PostgreSQL would reject: " + String.join("; ", invalid))));
        }
        return mirror;
    }

    /** Two tables or two indexes of one schema with the same database name cannot both exist. */
    private static void checkNames(Mirror mirror, Problems problems, Declarations declarations) {
        Map<String, String> relations = new LinkedHashMap<>();
        Map<String, String> indexes = new LinkedHashMap<>();
        for (Table t : mirror.tables()) {
            String first = relations.putIfAbsent(t.schema() + "." + t.name(), t.name());
            if (first != null) {
                problems.add(positionOf(t.name(), declarations), "two models map to table " + t.qualifiedName()
                        + "; give one of them another @@map");
            }
            for (var index : t.indexes()) {
                String owner = indexes.putIfAbsent(t.schema() + "." + index.name(), t.name());
                if (owner != null && !owner.equals(t.name())) {
                    problems.add(positionOf(t.name(), declarations), "index " + index.name() + " of " + t.qualifiedName()
                            + " has the name of an index of " + t.schema() + "." + owner
                            + "; index names are unique per schema in PostgreSQL, give it another with map: \"…\"");
                }
            }
        }
    }

    private static Position positionOf(String table, Declarations declarations) {
        return declarations.models.values().stream().filter(m -> m.table().equals(table))
                .map(m -> m.model().position()).findFirst().orElse(null);
    }
}
