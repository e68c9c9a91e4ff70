package dev.dbmirror.processor.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The names of the methods generated on a record shape besides its accessors: the insert shape's factory
 * {@code of} and a {@code withX} per component. A generated name yields to the component accessors and to
 * the names given before it (factory first, then components in order): it gets a trailing {@code _} until
 * it is free. So a column {@code with_name} next to a column {@code name} gives the accessor
 * {@code withName()} and the method {@code withName_(…)}, and a column {@code of} gives the factory
 * {@code of_}. Overloading would compile in most such cases, but one name for two meanings misleads.
 *
 * @param factory the factory's name; empty for shapes without one
 * @param withers the {@code withX} name of each component, in component order
 */
public record RecordMethods(Optional<String> factory, List<String> withers) {

    public RecordMethods {
        withers = List.copyOf(withers);
    }

    /** The names for a record of {@code components}; {@code factory}: whether it has an {@code of}. */
    public static RecordMethods of(List<ComponentPlan> components, boolean factory) {
        Set<String> taken = new HashSet<>();
        components.forEach(component -> taken.add(component.name()));
        Optional<String> factoryName = factory ? Optional.of(free("of", taken)) : Optional.empty();
        List<String> withers = new ArrayList<>();
        for (ComponentPlan component : components) {
            String name = component.name();
            withers.add(free("with" + Character.toUpperCase(name.charAt(0)) + name.substring(1), taken));
        }
        return new RecordMethods(factoryName, withers);
    }

    private static String free(String wanted, Set<String> taken) {
        String name = wanted;
        while (!taken.add(name)) {
            name += "_";
        }
        return name;
    }
}
