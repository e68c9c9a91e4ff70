package dev.dbmirror.processor.plan;

import dev.dbmirror.schema.model.EnumType;
import java.util.List;

/** A Java enum for a database enum type; constants in the database's order. */
public record EnumPlan(EnumType source, String javaName, List<Constant> constants) {

    public EnumPlan {
        constants = List.copyOf(constants);
    }

    /** One constant and the database label it stands for. */
    public record Constant(String name, String label) {
    }
}
