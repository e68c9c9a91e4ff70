package dev.dbmirror.rules;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.SourceCodeLocation;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Keeps the uses of forbidden types that the scanners report, once each and in a stable order. */
final class LeakCollector {

    private final Predicate<JavaClass> forbidden;
    private final Set<Leak> leaks = new TreeSet<>(Leak.ORDER);

    LeakCollector(Predicate<JavaClass> forbidden) {
        this.forbidden = forbidden;
    }

    boolean forbids(JavaClass type) {
        return forbidden.test(type);
    }

    void report(String subject, SourceCodeLocation location, JavaClass type, String path) {
        if (forbids(type)) {
            leaks.add(new Leak(subject, location, type, path));
        }
    }

    List<Leak> leaks() {
        return List.copyOf(leaks);
    }
}
