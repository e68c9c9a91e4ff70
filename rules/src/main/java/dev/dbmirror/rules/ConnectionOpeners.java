package dev.dbmirror.rules;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaFieldAccess;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The calls, constructor calls and references that open a database connection or set up a source of connections:
 * {@code DriverManager.getConnection}, {@code DataSource#getConnection}, {@code Driver#connect}, pooled and XA
 * connections, R2DBC connection factories, and creating a driver or data source. Subtypes count (a
 * {@code HikariDataSource#getConnection} is a {@code DataSource#getConnection}) where their hierarchy is on the classpath.
 */
final class ConnectionOpeners {

    private record Opener(String type, String member) {
    }

    private static final String CONSTRUCTOR = "<init>";

    private static final List<Opener> OPENERS = List.of(
            new Opener("java.sql.DriverManager", "getConnection"),
            new Opener("javax.sql.DataSource", "getConnection"),
            new Opener("javax.sql.ConnectionPoolDataSource", "getPooledConnection"),
            new Opener("javax.sql.XADataSource", "getXAConnection"),
            new Opener("java.sql.Driver", "connect"),
            new Opener("io.r2dbc.spi.ConnectionFactory", "create"),
            new Opener("io.r2dbc.spi.ConnectionFactories", "get"),
            new Opener("java.sql.Driver", CONSTRUCTOR),
            new Opener("javax.sql.DataSource", CONSTRUCTOR),
            new Opener("javax.sql.ConnectionPoolDataSource", CONSTRUCTOR),
            new Opener("javax.sql.XADataSource", CONSTRUCTOR),
            new Opener("io.r2dbc.spi.ConnectionFactory", CONSTRUCTOR));

    private static final Set<String> OPENING_NAMES = OPENERS.stream().map(Opener::member).collect(Collectors.toUnmodifiableSet());

    /**
     * Per target class name, the names of its members that open connections: each hierarchy is walked once.
     * Keyed by name, so that the cache holds no imported classes beyond an evaluation.
     */
    private final Map<String, Set<String>> openingMembers = new ConcurrentHashMap<>();

    boolean opens(JavaAccess<?> access) {
        String name = access.getTarget().getName();
        if (access instanceof JavaFieldAccess || !OPENING_NAMES.contains(name)) {
            return false;
        }
        JavaClass owner = access.getTargetOwner();
        return openingMembers.computeIfAbsent(owner.getName(), ownerName -> openingMembersOf(owner)).contains(name);
    }

    private static Set<String> openingMembersOf(JavaClass owner) {
        return OPENERS.stream()
                .filter(opener -> owner.isAssignableTo(opener.type()))
                .map(Opener::member)
                .collect(Collectors.toUnmodifiableSet());
    }
}
