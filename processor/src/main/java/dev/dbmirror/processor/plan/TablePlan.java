package dev.dbmirror.processor.plan;

import dev.dbmirror.schema.model.Table;
import java.util.List;
import java.util.Optional;

/**
 * Everything generated for one table or view.
 *
 * @param insertName the {@code NewX} insert shape, present for every writable table
 * @param keyName    the {@code XKey} record, present for writable tables with a composite primary key
 * @param primaryKey the key components in key order; empty for read-only repositories
 * @param readOnly   views and tables without a primary key: the repository only reads
 */
public record TablePlan(Table source, String recordName, List<ComponentPlan> components, Optional<String> insertName,
                        Optional<String> keyName, String repositoryName, List<ComponentPlan> primaryKey,
                        boolean readOnly, List<FinderPlan> finders) {

    public TablePlan {
        components = List.copyOf(components);
        primaryKey = List.copyOf(primaryKey);
        finders = List.copyOf(finders);
    }

    /** The components of {@code NewX}: generated and identity-always columns are left out. */
    public List<ComponentPlan> insertComponents() {
        return components.stream()
                .filter(component -> !component.column().neverInserted())
                .map(ComponentPlan::insertable)
                .toList();
    }
}
