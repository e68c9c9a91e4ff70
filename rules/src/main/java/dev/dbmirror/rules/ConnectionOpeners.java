package dev.dbmirror.rules;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaFieldAccess;

import java.util.List;

/**
 * The calls, constructor calls and references that open a database connection or set up a source of connections:
 * {@code DriverManager.getConnection}, {@code DataSource#getConnection}, {@code Driver#connect}, pooled and XA
 * connections, R2DBC connection factories, and creating a driver or data source. Subtypes count (a
 * {@code HikariDataSource#getConnection} is a {@code DataSource#getConnection}) where their hierarchy is on the classpath.
 */
final class ConnectionOpeners {

    private record Opener(String type, String member) {

        boolean matches(JavaClass owner, String name) {
            return member.equals(name) && owner.isAssignableTo(type);
        }
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

    private ConnectionOpeners() {
    }

    static boolean opens(JavaAccess<?> access) {
        if (access instanceof JavaFieldAccess) {
            return false;
        }
        JavaClass owner = access.getTargetOwner();
        String name = access.getTarget().getName();
        return OPENERS.stream().anyMatch(opener -> opener.matches(owner, name));
    }
}
