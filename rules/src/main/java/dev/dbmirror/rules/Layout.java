package dev.dbmirror.rules;

import com.tngtech.archunit.ArchConfiguration;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a project keeps its business code and its persistence code, as ArchUnit package patterns,
 * and how hand-written repository interfaces are named.
 *
 * @param businessPackages where business code is; empty (the default) means every class outside the persistence
 *                         layer, so that a leak in a package of any name is found
 * @param persistencePackages the project's own persistence code; dbmirror's generated adapters count as persistence
 *                            code wherever they are
 * @param repositoryNamePattern a regular expression over the fully qualified name of hand-written repository interfaces
 */
public record Layout(List<String> businessPackages, List<String> persistencePackages, String repositoryNamePattern) {

    public static final String BUSINESS_PACKAGES_KEY = "dbmirror.business.packages";
    public static final String PERSISTENCE_PACKAGES_KEY = "dbmirror.persistence.packages";
    public static final String REPOSITORY_PATTERN_KEY = "dbmirror.repository.pattern";

    /** Every package: business code is whatever is not persistence code. */
    public static final List<String> DEFAULT_BUSINESS_PACKAGES = List.of();
    public static final List<String> DEFAULT_PERSISTENCE_PACKAGES = List.of("..persistence..", "..adapter..", "..infrastructure..");
    public static final String DEFAULT_REPOSITORY_PATTERN = ".*Repository";

    public Layout {
        businessPackages = List.copyOf(businessPackages);
        persistencePackages = List.copyOf(persistencePackages);
        Pattern.compile(repositoryNamePattern); // a malformed pattern fails here, not in the middle of a test run
    }

    public static Layout defaults() {
        return new Layout(DEFAULT_BUSINESS_PACKAGES, DEFAULT_PERSISTENCE_PACKAGES, DEFAULT_REPOSITORY_PATTERN);
    }

    /** The layout from {@code archunit.properties}; each key that is absent keeps its default. */
    public static Layout from(ArchConfiguration configuration) {
        return new Layout(
                packagesOr(configuration, BUSINESS_PACKAGES_KEY, DEFAULT_BUSINESS_PACKAGES),
                packagesOr(configuration, PERSISTENCE_PACKAGES_KEY, DEFAULT_PERSISTENCE_PACKAGES),
                configuration.getPropertyOrDefault(REPOSITORY_PATTERN_KEY, DEFAULT_REPOSITORY_PATTERN).trim());
    }

    private static List<String> packagesOr(ArchConfiguration configuration, String key, List<String> fallback) {
        if (!configuration.containsProperty(key)) {
            return fallback;
        }
        return Arrays.stream(configuration.getProperty(key).split(","))
                .map(String::trim)
                .filter(pattern -> !pattern.isEmpty())
                .toList();
    }
}
