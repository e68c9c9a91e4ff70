package dev.dbmirror.processor.plan;

import java.util.List;

/**
 * A repository finder: {@code Optional<X> findByEmail(String)} for a single-column unique
 * ({@code unique}), {@code List<X> findByCustomerId(UUID)} for a foreign key.
 */
public record FinderPlan(String name, List<ComponentPlan> parameters, boolean unique) {

    public FinderPlan {
        parameters = List.copyOf(parameters);
    }
}
