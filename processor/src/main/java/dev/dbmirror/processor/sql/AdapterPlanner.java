package dev.dbmirror.processor.sql;

import dev.dbmirror.processor.javatype.JavaType;
import dev.dbmirror.processor.javatype.JavaType.ClassType;
import dev.dbmirror.processor.plan.ComponentPlan;
import dev.dbmirror.processor.plan.GenerationPlan;
import dev.dbmirror.processor.plan.TablePlan;
import dev.dbmirror.schema.ddl.SqlSyntax;
import dev.dbmirror.schema.model.ForeignKey;
import dev.dbmirror.schema.model.Index;
import dev.dbmirror.schema.model.Key;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The adapter of each repository of a domain's plan. */
public final class AdapterPlanner {

    private AdapterPlanner() {
    }

    public static List<AdapterPlan> plan(GenerationPlan domain, Mirror mirror) {
        Set<JavaType> enums = domain.enums().stream()
                .map(e -> (JavaType) ClassType.of(domain.packageName(), e.javaName()))
                .collect(Collectors.toSet());
        Bindings bindings = new Bindings(mirror, enums);
        List<AdapterPlan> adapters = new ArrayList<>();
        for (TablePlan table : domain.tables()) {
            Map<String, AdapterPlan.ColumnSql> columns = new LinkedHashMap<>();
            for (ComponentPlan component : table.components()) {
                columns.put(component.column().name(), new AdapterPlan.ColumnSql(component,
                        SqlSyntax.identifier(component.column().name()),
                        bindings.of(component.valueType(), component.column().type())));
            }
            adapters.add(new AdapterPlan(table, "Jdbc" + table.repositoryName(), columns,
                    constraints(table.source(), mirror)));
        }
        return adapters;
    }

    private static List<String> constraints(Table table, Mirror mirror) {
        Set<String> names = new LinkedHashSet<>();
        if (table.primaryKey() != null) {
            names.add(table.primaryKey().name());
        }
        table.uniques().stream().map(Key::name).forEach(names::add);
        table.indexes().stream().filter(Index::unique).map(Index::name).forEach(names::add);
        table.foreignKeys().stream().map(ForeignKey::name).forEach(names::add);
        table.checks().forEach(check -> names.add(check.name()));
        for (Table other : mirror.tables()) {
            for (ForeignKey foreignKey : other.foreignKeys()) {
                if (foreignKey.references().schema().equals(table.schema())
                        && foreignKey.references().table().equals(table.name())) {
                    names.add(foreignKey.name());
                }
            }
        }
        return List.copyOf(names);
    }
}
