package dev.dbmirror.processor.write;

import com.palantir.javapoet.ClassName;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The classes that the generated JDBC adapters name, and the names of the shared classes generated beside them. */
final class JdbcNames {

    static final String SUPPORT = "JdbcSupport";
    static final String TRANSACTIONS = "JdbcTransactions";

    static final ClassName CONNECTION = ClassName.get("java.sql", "Connection");
    static final ClassName PREPARED_STATEMENT = ClassName.get("java.sql", "PreparedStatement");
    static final ClassName RESULT_SET = ClassName.get("java.sql", "ResultSet");
    static final ClassName SQL_EXCEPTION = ClassName.get("java.sql", "SQLException");
    static final ClassName SQL_ARRAY = ClassName.get("java.sql", "Array");
    static final ClassName TYPES = ClassName.get("java.sql", "Types");
    static final ClassName DATA_SOURCE = ClassName.get("javax.sql", "DataSource");
    static final ClassName MIRRORED_ADAPTER = ClassName.get("dev.dbmirror.annotations", "MirroredAdapter");
    static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
    static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");
    static final ClassName MAP = ClassName.get("java.util", "Map");
    static final ClassName IDENTITY_HASH_MAP = ClassName.get("java.util", "IdentityHashMap");
    static final ClassName FUNCTION = ClassName.get("java.util.function", "Function");
    static final ClassName SUPPLIER = ClassName.get("java.util.function", "Supplier");
    static final ClassName THREAD_LOCAL = ClassName.get(ThreadLocal.class);
    static final ClassName ERROR = ClassName.get(Error.class);

    /**
     * Simple names of the classes above, of the {@code java.lang} classes the adapters name, and of the classes
     * generated next to the adapters: a domain type with one of them (a table {@code connections} →
     * {@code Connection}) makes both be written fully qualified in the adapters' package.
     */
    static final Set<String> NAMED = Stream.concat(
                    Stream.of(CONNECTION, PREPARED_STATEMENT, RESULT_SET, SQL_EXCEPTION, SQL_ARRAY, TYPES, DATA_SOURCE,
                                    MIRRORED_ADAPTER, ARRAY_LIST, COLLECTIONS, MAP, IDENTITY_HASH_MAP, FUNCTION, SUPPLIER,
                                    THREAD_LOCAL, ERROR)
                            .map(ClassName::simpleName),
                    Stream.of(SUPPORT, TRANSACTIONS, "Boolean", "Short", "Integer", "Long", "Float", "Double"))
            .collect(Collectors.toUnmodifiableSet());

    private JdbcNames() {
    }
}
