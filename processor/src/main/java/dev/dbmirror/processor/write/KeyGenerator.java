package dev.dbmirror.processor.write;

import dev.dbmirror.processor.plan.ComponentPlan;
import dev.dbmirror.processor.plan.TablePlan;
import java.util.List;
import java.util.Optional;

/** {@code OrderItemKey}: the composite primary key of a writable table. */
final class KeyGenerator extends RecordGenerator {

    KeyGenerator(GeneratedPackage target) {
        super(target);
    }

    @Override
    Optional<String> name(TablePlan table) {
        return table.keyName();
    }

    @Override
    List<ComponentPlan> components(TablePlan table) {
        return table.primaryKey();
    }

    /** A key is built whole: a change of the primary key should break the code that builds one. */
    @Override
    boolean hasWithers() {
        return false;
    }

    @Override
    String description(TablePlan table) {
        return Javadoc.escape("The primary key of table " + table.source().qualifiedName() + ".");
    }
}
