package dev.dbmirror.rules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatchers;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Decides which layer a class belongs to, for one {@link Layout}. */
final class Layers {

    /** No business packages configured: every class outside the persistence layer is business code. */
    private final boolean businessEverywhere;
    private final PackageMatchers business;
    private final PackageMatchers persistence;
    /** Verdicts by package name, as in {@link PersistenceTypes}: pattern matching is the costly part. */
    private final Map<String, Boolean> businessPackages = new ConcurrentHashMap<>();
    private final Map<String, Boolean> persistencePackages = new ConcurrentHashMap<>();

    Layers(Layout layout) {
        this.businessEverywhere = layout.businessPackages().isEmpty();
        this.business = PackageMatchers.of(layout.businessPackages());
        this.persistence = PackageMatchers.of(layout.persistencePackages());
    }

    /** Persistence code: in a persistence package, or a generated adapter wherever it is. */
    boolean isPersistence(JavaClass javaClass) {
        return persistencePackages.computeIfAbsent(javaClass.getPackageName(), persistence::test) || GeneratedAdapters.isAdapter(javaClass);
    }

    /** Business code: in a business package (any package when none is configured) and not persistence code. */
    boolean isBusiness(JavaClass javaClass) {
        return (businessEverywhere || businessPackages.computeIfAbsent(javaClass.getPackageName(), business::test))
                && !isPersistence(javaClass);
    }

    DescribedPredicate<JavaClass> business() {
        return DescribedPredicate.describe("are business classes", this::isBusiness);
    }

    DescribedPredicate<JavaClass> outsidePersistence() {
        return DescribedPredicate.describe("are outside the persistence layer", javaClass -> !isPersistence(javaClass));
    }
}
