package dev.dbmirror.processor.plan;

import dev.dbmirror.processor.diagnostics.Message;
import dev.dbmirror.processor.diagnostics.Position;
import dev.dbmirror.processor.diagnostics.Reporter;
import dev.dbmirror.processor.javatype.JavaNames;
import dev.dbmirror.processor.javatype.JavaType;
import dev.dbmirror.processor.javatype.JavaType.ClassType;
import dev.dbmirror.processor.load.LoadedMirror;
import dev.dbmirror.processor.options.ProcessorOptions;
import dev.dbmirror.schema.model.Column;
import dev.dbmirror.schema.model.EnumType;
import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Index;
import dev.dbmirror.schema.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides every name and Java type before anything is written. Problems (unknown types, name
 * clashes) are reported as they are found; planning goes on so that one compile shows them all.
 */
public final class Planner {

    private final LoadedMirror loaded;
    private final ProcessorOptions options;
    private final boolean singularize;
    private final String packageName;
    private final Reporter reporter;
    private final TypeNameClaims typeNames = new TypeNameClaims();

    private Planner(LoadedMirror loaded, ProcessorOptions options, boolean singularize, String packageName,
                    Reporter reporter) {
        this.loaded = loaded;
        this.options = options;
        this.singularize = singularize;
        this.packageName = packageName;
        this.reporter = reporter;
    }

    /** The plan, or empty when anything was reported. Options must have passed the validate stage. */
    public static Optional<GenerationPlan> plan(LoadedMirror loaded, ProcessorOptions options, boolean singularize,
                                                String packageName, Reporter reporter) {
        return new Planner(loaded, options, singularize, packageName, reporter).plan();
    }

    private Optional<GenerationPlan> plan() {
        for (DomainException exception : DomainException.values()) {
            typeNames.claim(exception.javaName(), "dbmirror's exception " + exception.javaName(), "", "");
        }
        List<EnumPlan> enums = new ArrayList<>();
        Map<String, ClassType> enumClasses = new HashMap<>();
        List<EnumType> enumTypes = loaded.mirror().enums();
        for (int e = 0; e < enumTypes.size(); e++) {
            EnumType type = enumTypes.get(e);
            String javaName = options.tableNames().getOrDefault(type.qualifiedName(), JavaNames.typeName(type.name(), false));
            typeNames.claim(javaName, "enum " + type.qualifiedName(), type.qualifiedName(), "enums[" + e + "].name");
            enums.add(new EnumPlan(type, javaName, constants(type)));
            enumClasses.put(type.qualifiedName(), ClassType.of(packageName, javaName));
        }
        TypeResolver types = new TypeResolver(loaded.mirror(), options.columnOverrides(), options.typeOverrides(),
                enumClasses, options.strictTypes(), reporter);
        List<TablePlan> tables = new ArrayList<>();
        for (int t = 0; t < loaded.mirror().tables().size(); t++) {
            tables.add(table(loaded.mirror().tables().get(t), "tables[" + t + "]", types));
        }
        types.reportUnknownTypes(loaded.file());
        if (reporter.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new GenerationPlan(packageName, enums, tables, typeNames.names()));
    }

    private TablePlan table(Table table, String path, TypeResolver types) {
        String qualified = table.qualifiedName();
        String recordName = options.tableNames().getOrDefault(qualified, JavaNames.typeName(table.name(), singularize));
        String what = (table.kind().isView() ? "view " : "table ") + qualified;
        boolean ownName = typeNames.claim(recordName, what, qualified, path + ".name");
        String repositoryName = recordName + "Repository";
        if (ownName) {
            typeNames.claim(repositoryName, "the repository of " + what, qualified, path + ".name");
        }

        Map<String, ComponentPlan> byColumn = new LinkedHashMap<>();
        Map<String, String> members = new HashMap<>();
        for (int c = 0; c < table.columns().size(); c++) {
            Column column = table.columns().get(c);
            String columnPath = path + ".columns[" + c + "]";
            String qualifiedColumn = qualified + "." + column.name();
            String name = options.columnNames().getOrDefault(qualifiedColumn, JavaNames.memberName(column.name()));
            String first = members.putIfAbsent(name, qualifiedColumn);
            if (first != null) {
                reporter.report(Message.COLUMN_NAME_CLASH, loaded.position(columnPath + ".name"), first, qualifiedColumn, name);
            }
            Optional<JavaType> type = types.resolve(qualifiedColumn, column.type(),
                    () -> loaded.position(columnPath + ".type"));
            type.ifPresent(javaType -> byColumn.put(column.name(),
                    new ComponentPlan(column, qualifiedColumn, name, javaType, column.nullable())));
        }
        List<ComponentPlan> components = List.copyOf(byColumn.values());

        boolean readOnly = table.kind().isView() || table.primaryKey() == null;
        List<ComponentPlan> primaryKey = readOnly ? List.of() : columns(table.primaryKey().columns(), byColumn);
        Optional<String> insertName = Optional.empty();
        Optional<String> keyName = Optional.empty();
        // Every writable table has an insert shape, so that adding a column with a default changes no signature.
        if (!readOnly) {
            insertName = Optional.of("New" + recordName);
            if (ownName) {
                typeNames.claim(insertName.get(), "the insert record of " + what, qualified, path + ".name");
            }
        }
        if (primaryKey.size() > 1) {
            keyName = Optional.of(recordName + "Key");
            if (ownName) {
                typeNames.claim(keyName.get(), "the key record of " + what, qualified, path + ".name");
            }
        }
        return new TablePlan(table, recordName, components, insertName, keyName, repositoryName, primaryKey, readOnly,
                finders(table, byColumn, readOnly));
    }

    /**
     * {@code findByX} for each single-column unique key that is not the primary key (unique constraints,
     * then plain unique indexes: not partial, no expression), then for each foreign key; a finder whose
     * name is already taken (two keys over the same columns, such as a unique constraint and an index
     * over its column) is not repeated.
     */
    private List<FinderPlan> finders(Table table, Map<String, ComponentPlan> byColumn, boolean readOnly) {
        Set<String> taken = new HashSet<>(readOnly ? Set.of("findAll", "count")
                : Set.of("insert", "findById", "findAll", "update", "deleteById", "count"));
        List<String> primaryKeyColumns = table.primaryKey() == null ? List.of() : table.primaryKey().columns();
        List<List<String>> uniqueKeys = new ArrayList<>();
        table.uniques().forEach(unique -> uniqueKeys.add(unique.columns()));
        table.indexes().stream().filter(Index::isUniqueKey).forEach(index -> uniqueKeys.add(index.columns()));
        List<FinderPlan> finders = new ArrayList<>();
        for (List<String> unique : uniqueKeys) {
            if (unique.size() == 1 && !unique.equals(primaryKeyColumns)) {
                finder(columns(unique, byColumn), true, taken).ifPresent(finders::add);
            }
        }
        for (ForeignKey foreignKey : table.foreignKeys()) {
            finder(columns(foreignKey.columns(), byColumn), false, taken).ifPresent(finders::add);
        }
        return finders;
    }

    private static Optional<FinderPlan> finder(List<ComponentPlan> parameters, boolean unique, Set<String> taken) {
        String name = JavaNames.finderName(parameters.stream().map(ComponentPlan::name).toList());
        return taken.add(name) ? Optional.of(new FinderPlan(name, parameters, unique)) : Optional.empty();
    }

    /** The components of key columns; a column whose type is unknown (already reported) is skipped. */
    private static List<ComponentPlan> columns(List<String> names, Map<String, ComponentPlan> byColumn) {
        return names.stream().map(byColumn::get).filter(Objects::nonNull).toList();
    }

    /** Constants in database order; a second label with the same constant name gets {@code _2}, {@code _3}, …. */
    private static List<EnumPlan.Constant> constants(EnumType type) {
        Set<String> used = new HashSet<>();
        List<EnumPlan.Constant> constants = new ArrayList<>();
        for (String label : type.values()) {
            String base = JavaNames.constantName(label);
            String name = base;
            for (int n = 2; !used.add(name); n++) {
                name = base + "_" + n;
            }
            constants.add(new EnumPlan.Constant(name, label));
        }
        return constants;
    }

    /**
     * Generated type names of the package; a second claim on a name (ignoring case, for case-blind file
     * systems) is an error. The derived names of a table (XRepository, NewX, XKey) are only claimed when
     * its own name was free, so one clash is reported once.
     */
    private final class TypeNameClaims {

        private record Claim(String javaName, String description) {
        }

        private final Map<String, Claim> claims = new HashMap<>();

        /** Whether the name was free. */
        boolean claim(String javaName, String description, String qualifiedSource, String path) {
            Claim first = claims.putIfAbsent(javaName.toLowerCase(Locale.ROOT), new Claim(javaName, description));
            if (first != null) {
                Position at = loaded.position(path);
                reporter.report(Message.TYPE_NAME_CLASH, at, first.description(), description, javaName, qualifiedSource);
            }
            return first == null;
        }

        Set<String> names() {
            Set<String> names = new HashSet<>();
            claims.values().forEach(claim -> names.add(claim.javaName()));
            return names;
        }
    }
}
