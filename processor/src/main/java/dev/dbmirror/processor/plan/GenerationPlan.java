package dev.dbmirror.processor.plan;

import java.util.List;
import java.util.Set;

/**
 * What the write stage generates into one package, decided completely before anything is written.
 *
 * @param typeNames every simple name generated into the package, so that references to other types
 *                  with the same simple name (a table {@code strings} → {@code String}) are qualified
 */
public record GenerationPlan(String packageName, List<EnumPlan> enums, List<TablePlan> tables, Set<String> typeNames) {

    public GenerationPlan {
        enums = List.copyOf(enums);
        tables = List.copyOf(tables);
        typeNames = Set.copyOf(typeNames);
    }
}
