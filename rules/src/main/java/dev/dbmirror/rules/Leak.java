package dev.dbmirror.rules;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.SourceCodeLocation;

import java.util.Comparator;

/**
 * One place where a class uses a type it should not.
 *
 * @param subject the class or member that uses the type, as ArchUnit describes it ({@code Method <a.B.c()>})
 * @param location where in the source file; line 0 where the bytecode has no line (fields, abstract methods, class headers)
 * @param type the type that leaks
 * @param path how it leaks, as a phrase ({@code through its return type})
 */
record Leak(String subject, SourceCodeLocation location, JavaClass type, String path) {

    static final Comparator<Leak> ORDER = Comparator.comparing(Leak::subject)
            .thenComparingInt(leak -> leak.location().getLineNumber())
            .thenComparing(leak -> leak.type().getName())
            .thenComparing(Leak::path);

    /** The finding in words: {@code Method <a.B.c()> in (B.java:12) <verb> <java.sql.ResultSet> through its return type}. */
    String describe(String verb) {
        return subject + " in " + location + " " + verb + " <" + type.getName() + "> " + path;
    }
}
