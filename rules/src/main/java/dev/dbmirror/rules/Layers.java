package dev.dbmirror.rules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatchers;

/** Decides which layer a class belongs to, for one {@link Layout}. */
final class Layers {

    private final PackageMatchers business;
    private final PackageMatchers persistence;

    Layers(Layout layout) {
        this.business = PackageMatchers.of(layout.businessPackages());
        this.persistence = PackageMatchers.of(layout.persistencePackages());
    }

    boolean isPersistence(JavaClass javaClass) {
        return persistence.test(javaClass.getPackageName());
    }

    /** Business code: in a business package and not also in a persistence package. */
    boolean isBusiness(JavaClass javaClass) {
        return business.test(javaClass.getPackageName()) && !isPersistence(javaClass);
    }

    DescribedPredicate<JavaClass> business() {
        return DescribedPredicate.describe("are business classes", this::isBusiness);
    }

    DescribedPredicate<JavaClass> outsidePersistence() {
        return DescribedPredicate.describe("are outside the persistence layer", javaClass -> !isPersistence(javaClass));
    }
}
