package dev.dbmirror.rules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatchers;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Decides which layer a class belongs to, for one {@link Layout}. */
final class Layers {

    private final PackageMatchers business;
    private final PackageMatchers persistence;
    /** Verdicts by package name, as in {@link PersistenceTypes}: pattern matching is the costly part. */
    private final Map<String, Boolean> businessPackages = new ConcurrentHashMap<>();
    private final Map<String, Boolean> persistencePackages = new ConcurrentHashMap<>();

    Layers(Layout layout) {
        this.business = PackageMatchers.of(layout.businessPackages());
        this.persistence = PackageMatchers.of(layout.persistencePackages());
    }

    boolean isPersistence(JavaClass javaClass) {
        return persistencePackages.computeIfAbsent(javaClass.getPackageName(), persistence::test);
    }

    /** Business code: in a business package and not also in a persistence package. */
    boolean isBusiness(JavaClass javaClass) {
        return businessPackages.computeIfAbsent(javaClass.getPackageName(), business::test) && !isPersistence(javaClass);
    }

    DescribedPredicate<JavaClass> business() {
        return DescribedPredicate.describe("are business classes", this::isBusiness);
    }

    DescribedPredicate<JavaClass> outsidePersistence() {
        return DescribedPredicate.describe("are outside the persistence layer", javaClass -> !isPersistence(javaClass));
    }
}
