package dev.dbmirror.rules;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatchers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The types business code must not see: persistence libraries, drivers, pools, Prisma-style clients, the project's own
 * persistence packages and dbmirror's generated adapters.
 */
public final class PersistenceTypes {

    /** Packages of persistence APIs, drivers and connection pools, as ArchUnit package patterns. */
    public static final List<String> LIBRARY_PACKAGES = List.of(
            "java.sql..", "javax.sql..",
            "jakarta.persistence..", "javax.persistence..", "org.hibernate..",
            "org.jooq..", "org.springframework.jdbc..", "org.springframework.data..", "org.mybatis..", "io.r2dbc..",
            "org.postgresql..", "com.mysql..", "org.mariadb.jdbc..", "org.h2..", "org.sqlite..", "oracle.jdbc..",
            "com.microsoft.sqlserver..",
            "com.zaxxer.hikari..", "org.apache.commons.dbcp2..", "com.mchange..",
            "..prisma..");

    private final PackageMatchers matchers;
    /** Answers by package name: a codebase has far fewer packages than type references. */
    private final Map<String, Boolean> verdicts = new ConcurrentHashMap<>();

    private PersistenceTypes(List<String> patterns) {
        this.matchers = PackageMatchers.of(patterns);
    }

    /** The library packages plus the given project persistence packages. */
    public static PersistenceTypes withProjectPackages(List<String> projectPersistencePackages) {
        return new PersistenceTypes(Stream.concat(LIBRARY_PACKAGES.stream(), projectPersistencePackages.stream()).toList());
    }

    public boolean contains(JavaClass type) {
        JavaClass base = type.getBaseComponentType();
        if (base.isPrimitive()) {
            return false;
        }
        return verdicts.computeIfAbsent(base.getPackageName(), matchers::test) || GeneratedAdapters.isAdapter(base);
    }
}
