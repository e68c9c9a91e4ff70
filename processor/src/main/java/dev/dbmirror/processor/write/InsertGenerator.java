package dev.dbmirror.processor.write;

import dev.dbmirror.processor.plan.ComponentPlan;
import dev.dbmirror.processor.plan.TablePlan;
import java.util.List;
import java.util.Optional;

/** {@code NewUser}: the insert shape of a writable table, with the factory {@code of}. */
final class InsertGenerator extends RecordGenerator {

    InsertGenerator(GeneratedPackage target) {
        super(target);
    }

    @Override
    Optional<String> name(TablePlan table) {
        return table.insertName();
    }

    @Override
    List<ComponentPlan> components(TablePlan table) {
        return table.insertComponents();
    }

    @Override
    boolean hasFactory() {
        return true;
    }

    @Override
    String description(TablePlan table) {
        return Javadoc.escape("A new row for table " + table.source().qualifiedName()
                + ", to insert. A null value for a column the database supplies (default, identity) means:"
                + " let the database supply it. Generated and identity-always columns are left out.");
    }
}
