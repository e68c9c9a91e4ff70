package dev.dbmirror.processor.write;

import dev.dbmirror.processor.plan.ComponentPlan;
import dev.dbmirror.processor.plan.TablePlan;
import java.util.List;
import java.util.Optional;

/** {@code User}: a row of a table or view, every column. */
final class RowGenerator extends RecordGenerator {

    RowGenerator(GeneratedPackage target) {
        super(target);
    }

    @Override
    Optional<String> name(TablePlan table) {
        return Optional.of(table.recordName());
    }

    @Override
    List<ComponentPlan> components(TablePlan table) {
        return table.components();
    }

    @Override
    String description(TablePlan table) {
        String what = (table.source().kind().isView() ? "view " : "table ") + table.source().qualifiedName();
        return Javadoc.paragraphs(table.source().comment(), "A row of " + what + ".");
    }
}
