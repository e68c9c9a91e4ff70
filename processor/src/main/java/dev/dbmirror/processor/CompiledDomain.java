package dev.dbmirror.processor;

import dev.dbmirror.processor.plan.GenerationPlan;
import dev.dbmirror.schema.model.Mirror;

/**
 * A domain package generated in this javac run, handed to the {@code @JdbcAdapters} packages of the same run, so
 * that they use its plan instead of planning (and reporting) again.
 */
record CompiledDomain(GenerationPlan plan, Mirror mirror) {
}
