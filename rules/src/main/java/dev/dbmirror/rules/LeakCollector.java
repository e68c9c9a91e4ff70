package dev.dbmirror.rules;

import com.tngtech.archunit.base.HasDescription;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasSourceCodeLocation;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Keeps the uses of forbidden types that the scanners report, once each and in a stable order.
 * Descriptions, locations and paths are only worked out for real leaks: most types a class uses are fine.
 */
final class LeakCollector {

    private final Predicate<JavaClass> forbidden;
    private final Set<Leak> leaks = new TreeSet<>(Leak.ORDER);

    LeakCollector(Predicate<JavaClass> forbidden) {
        this.forbidden = forbidden;
    }

    boolean forbids(JavaClass type) {
        return forbidden.test(type);
    }

    void report(HasDescription subject, HasSourceCodeLocation place, JavaClass type, Supplier<String> path) {
        if (forbids(type)) {
            leaks.add(new Leak(subject.getDescription(), place.getSourceCodeLocation(), type, path.get()));
        }
    }

    List<Leak> leaks() {
        return List.copyOf(leaks);
    }
}
