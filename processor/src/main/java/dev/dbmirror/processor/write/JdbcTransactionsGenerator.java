package dev.dbmirror.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dbmirror.processor.plan.DomainException;
import javax.lang.model.element.Modifier;

/**
 * {@code JdbcTransactions}: one transaction over several generated repositories, with plain JDBC. While
 * {@code inTransaction} runs, every adapter built on the same {@code DataSource} uses, on that thread, the
 * transaction's connection (looked up by {@code JdbcSupport.run}). Its input is the domain package's name.
 */
final class JdbcTransactionsGenerator extends SharedJdbcClassGenerator {

    JdbcTransactionsGenerator(GeneratedPackage target) {
        super(target, JdbcNames.TRANSACTIONS);
    }

    @Override
    TypeSpec.Builder type(String domainPackage, String name) {
        ClassName dataAccess = ClassName.get(domainPackage, DomainException.DATA_ACCESS.javaName());
        TypeName bound = ParameterizedTypeName.get(JdbcNames.MAP, JdbcNames.DATA_SOURCE, JdbcNames.CONNECTION);
        return TypeSpec.classBuilder(name)
                .addJavadoc("Runs work on several generated repositories in one database transaction. While"
                        + "\n{@link #inTransaction} runs, every generated adapter of this package that was built on the same"
                        + "\n{@code DataSource} uses, on this thread, the transaction's connection. Outside a transaction each"
                        + "\nrepository call runs on a connection of its own, in auto-commit.")
                .addModifiers(Modifier.FINAL)
                .addField(FieldSpec.builder(ParameterizedTypeName.get(JdbcNames.THREAD_LOCAL, bound), "CURRENT",
                                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The connection of the transaction running on this thread, by the data source it came from.")
                        .initializer("$T.withInitial($T::new)", JdbcNames.THREAD_LOCAL, JdbcNames.IDENTITY_HASH_MAP)
                        .build())
                .addField(JdbcNames.DATA_SOURCE, "dataSource", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("@param dataSource the data source that the adapters taking part were built on")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(JdbcNames.DATA_SOURCE, "dataSource")
                        .addStatement("this.dataSource = $T.requireNonNull(dataSource, $S)", TypeNames.OBJECTS, "dataSource")
                        .build())
                .addMethod(inTransaction(dataAccess))
                .addMethod(MethodSpec.methodBuilder("bound")
                        .addJavadoc("The connection of this thread's transaction on {@code dataSource}, if one is running.")
                        .addModifiers(Modifier.STATIC)
                        .returns(TypeNames.nullable(JdbcNames.CONNECTION))
                        .addParameter(JdbcNames.DATA_SOURCE, "dataSource")
                        .addStatement("return CURRENT.get().get(dataSource)")
                        .build())
                .addMethod(begin())
                .addMethod(MethodSpec.methodBuilder("rollback")
                        .addJavadoc("Rolls back after {@code failure}; a failure to roll back is added to it as suppressed.")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(JdbcNames.CONNECTION, "connection")
                        .addParameter(TypeNames.THROWABLE, "failure")
                        .beginControlFlow("try")
                        .addStatement("connection.rollback()")
                        .nextControlFlow("catch ($T e)", JdbcNames.SQL_EXCEPTION)
                        .addStatement("failure.addSuppressed(e)")
                        .endControlFlow()
                        .build())
                .addMethod(MethodSpec.methodBuilder("end")
                        .addJavadoc("Gives the connection back in auto-commit, as it came. The transaction is over by then:"
                                + "\na failure to close loses no work, and must not hide the work's own outcome.")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(JdbcNames.CONNECTION, "connection")
                        .beginControlFlow("try (connection)")
                        .addStatement("connection.setAutoCommit(true)")
                        .nextControlFlow("catch ($T ignored)", JdbcNames.SQL_EXCEPTION)
                        .addComment("nothing left to undo")
                        .endControlFlow()
                        .build());
    }

    private static MethodSpec inTransaction(ClassName dataAccess) {
        return MethodSpec.methodBuilder("inTransaction")
                .addJavadoc("Runs {@code work} in one transaction: commits when it returns, rolls back when it throws, and"
                        + "\nrethrows. Called while a transaction on the same data source runs on this thread, it joins"
                        + "\nthat one (which commits or rolls back as a whole).\n\n"
                        + "@return what {@code work} returned\n"
                        + "@throws $T when the database cannot begin or commit the transaction", dataAccess)
                .addModifiers(Modifier.PUBLIC)
                .addTypeVariable(T)
                .returns(T)
                .addParameter(ParameterizedTypeName.get(JdbcNames.SUPPLIER, T), "work")
                .addStatement("$T<$T, $T> current = CURRENT.get()", JdbcNames.MAP, JdbcNames.DATA_SOURCE, JdbcNames.CONNECTION)
                .beginControlFlow("if (current.containsKey(dataSource))")
                .addStatement("return work.get()")
                .endControlFlow()
                .addStatement("$T connection = begin(dataSource)", JdbcNames.CONNECTION)
                .addStatement("current.put(dataSource, connection)")
                .beginControlFlow("try")
                .addStatement("T result = work.get()")
                .addStatement("connection.commit()")
                .addStatement("return result")
                .nextControlFlow("catch ($T e)", JdbcNames.SQL_EXCEPTION)
                .addStatement("rollback(connection, e)")
                .addStatement("throw $L.failure(e, null, new $T[0])", JdbcNames.SUPPORT, TypeNames.STRING)
                .nextControlFlow("catch ($T | $T e)", TypeNames.RUNTIME_EXCEPTION, JdbcNames.ERROR)
                .addStatement("rollback(connection, e)")
                .addStatement("throw e")
                .nextControlFlow("finally")
                .addStatement("current.remove(dataSource)")
                .addStatement("end(connection)")
                .endControlFlow()
                .build();
    }

    private static MethodSpec begin() {
        return MethodSpec.methodBuilder("begin")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(JdbcNames.CONNECTION)
                .addParameter(JdbcNames.DATA_SOURCE, "dataSource")
                .beginControlFlow("try")
                .addStatement("$T connection = dataSource.getConnection()", JdbcNames.CONNECTION)
                .beginControlFlow("try")
                .addStatement("connection.setAutoCommit(false)")
                .addStatement("return connection")
                .nextControlFlow("catch ($T e)", JdbcNames.SQL_EXCEPTION)
                .addStatement("connection.close()")
                .addStatement("throw e")
                .endControlFlow()
                .nextControlFlow("catch ($T e)", JdbcNames.SQL_EXCEPTION)
                .addStatement("throw $L.failure(e, null, new $T[0])", JdbcNames.SUPPORT, TypeNames.STRING)
                .endControlFlow()
                .build();
    }
}
