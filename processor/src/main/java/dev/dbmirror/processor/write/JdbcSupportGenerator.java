package dev.dbmirror.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.dbmirror.processor.plan.DomainException;
import javax.lang.model.element.Modifier;

/**
 * {@code JdbcSupport}: what the adapters of one package share, generated once beside them so that they need no
 * runtime library: running a statement on the right connection, reading rows and arrays, and turning an
 * {@code SQLException} into the domain's exceptions. Its input is the domain package's name.
 */
final class JdbcSupportGenerator extends SharedJdbcClassGenerator {

    JdbcSupportGenerator(GeneratedPackage target) {
        super(target, JdbcNames.SUPPORT);
    }

    @Override
    TypeSpec.Builder type(String domainPackage, String name) {
        ClassName statementWork = ClassName.get(target().name(), name, "StatementWork");
        ClassName rowReader = ClassName.get(target().name(), name, "RowReader");
        return TypeSpec.classBuilder(name)
                .addJavadoc("What the JDBC adapters of this package share: the connection a statement runs on, rows,"
                        + "\narrays and failures. Hand-written queries of this package may use it too, to run on the"
                        + "\nsame connections and fail with the same exceptions as the adapters.")
                .addModifiers(Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addType(functionalInterface(statementWork.simpleName(), "Work on a prepared statement.",
                        "run", JdbcNames.PREPARED_STATEMENT, "statement"))
                .addType(functionalInterface(rowReader.simpleName(), "Reads the current row of a result set.",
                        "read", JdbcNames.RESULT_SET, "rows"))
                .addMethod(run(statementWork, domainPackage))
                .addMethod(one(rowReader))
                .addMethod(all(rowReader))
                .addMethod(mapped())
                .addMethod(list(rowReader))
                .addMethod(elements())
                .addMethod(failure(domainPackage));
    }

    private static TypeSpec functionalInterface(String name, String javadoc, String method, ClassName parameter,
                                                String parameterName) {
        return TypeSpec.interfaceBuilder(name)
                .addJavadoc("$L", javadoc)
                .addAnnotation(FunctionalInterface.class)
                .addTypeVariable(T)
                .addMethod(MethodSpec.methodBuilder(method)
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(T)
                        .addParameter(parameter, parameterName)
                        .addException(JdbcNames.SQL_EXCEPTION)
                        .build())
                .build();
    }

    private static MethodSpec run(ClassName statementWork, String domainPackage) {
        return MethodSpec.methodBuilder("run")
                .addJavadoc("Prepares {@code sql} on the connection of the {@link $L} transaction of this thread on"
                        + "\n{@code dataSource}, else on a new connection that is closed afterwards, and runs {@code work}"
                        + "\non it. An {@code SQLException} becomes the domain's {@code $L}.",
                        JdbcNames.TRANSACTIONS, DomainException.DATA_ACCESS.javaName())
                .addModifiers(Modifier.STATIC)
                .addTypeVariable(T)
                .returns(T)
                .addParameter(JdbcNames.DATA_SOURCE, "dataSource")
                .addParameter(TypeNames.STRING, "sql")
                .addParameter(TypeNames.STRING, "table")
                .addParameter(ArrayTypeName.of(TypeNames.STRING), "constraints")
                .addParameter(ParameterizedTypeName.get(statementWork, T), "work")
                .beginControlFlow("try")
                .addStatement("$T bound = $L.bound(dataSource)", JdbcNames.CONNECTION, JdbcNames.TRANSACTIONS)
                .addStatement("$T connection = bound != null ? bound : dataSource.getConnection()", JdbcNames.CONNECTION)
                .beginControlFlow("try ($T statement = connection.prepareStatement(sql))", JdbcNames.PREPARED_STATEMENT)
                .addStatement("return work.run(statement)")
                .nextControlFlow("finally")
                .beginControlFlow("if (connection != bound)")
                .addStatement("connection.close()")
                .endControlFlow()
                .endControlFlow()
                .nextControlFlow("catch ($T e)", JdbcNames.SQL_EXCEPTION)
                .addStatement("throw failure(e, table, constraints)")
                .endControlFlow()
                .build();
    }

    private static MethodSpec one(ClassName rowReader) {
        return readingRows("one", "The first row of the statement's result, read by {@code reader}, if there is one.",
                ParameterizedTypeName.get(TypeNames.OPTIONAL, T), rowReader)
                .addStatement("return rows.next() ? $T.of(reader.read(rows)) : $T.empty()", TypeNames.OPTIONAL,
                        TypeNames.OPTIONAL)
                .endControlFlow()
                .build();
    }

    private static MethodSpec all(ClassName rowReader) {
        return readingRows("all", "Every row of the statement's result, read by {@code reader}.",
                ParameterizedTypeName.get(TypeNames.LIST, T), rowReader)
                .addStatement("$T<$T> all = new $T<>()", TypeNames.LIST, T, JdbcNames.ARRAY_LIST)
                .beginControlFlow("while (rows.next())")
                .addStatement("all.add(reader.read(rows))")
                .endControlFlow()
                .addStatement("return all")
                .endControlFlow()
                .build();
    }

    /** A method that runs the statement's query and reads its rows: open at {@code try (ResultSet rows = …) {}. */
    private static MethodSpec.Builder readingRows(String name, String javadoc, TypeName returns, ClassName rowReader) {
        return MethodSpec.methodBuilder(name)
                .addJavadoc("$L", javadoc)
                .addModifiers(Modifier.STATIC)
                .addTypeVariable(T)
                .returns(returns)
                .addParameter(JdbcNames.PREPARED_STATEMENT, "statement")
                .addParameter(ParameterizedTypeName.get(rowReader, T), "reader")
                .addException(JdbcNames.SQL_EXCEPTION)
                .beginControlFlow("try ($T rows = statement.executeQuery())", JdbcNames.RESULT_SET);
    }

    private static MethodSpec mapped() {
        return MethodSpec.methodBuilder("mapped")
                .addJavadoc("{@code parse(text)}, or null for a null text (an enum label of a nullable column).")
                .addModifiers(Modifier.STATIC)
                .addTypeVariable(T)
                .returns(TypeNames.nullable(T))
                .addParameter(TypeNames.nullable(TypeNames.STRING), "text")
                .addParameter(ParameterizedTypeName.get(JdbcNames.FUNCTION, TypeNames.STRING, T), "parse")
                .addStatement("return text == null ? null : parse.apply(text)")
                .build();
    }

    private static MethodSpec list(ClassName rowReader) {
        return MethodSpec.methodBuilder("list")
                .addJavadoc("The elements of a database array, each read by {@code element} from column 2 of the"
                        + "\narray's result set; null for a null array. Elements may be null.")
                .addModifiers(Modifier.STATIC)
                .addTypeVariable(T)
                .returns(TypeNames.nullable(ParameterizedTypeName.get(TypeNames.LIST, T)))
                .addParameter(TypeNames.nullable(JdbcNames.SQL_ARRAY), "array")
                .addParameter(ParameterizedTypeName.get(rowReader, T), "element")
                .addException(JdbcNames.SQL_EXCEPTION)
                .beginControlFlow("if (array == null)")
                .addStatement("return null")
                .endControlFlow()
                .beginControlFlow("try ($T elements = array.getResultSet())", JdbcNames.RESULT_SET)
                .addStatement("$T<$T> list = new $T<>()", TypeNames.LIST, T, JdbcNames.ARRAY_LIST)
                .beginControlFlow("while (elements.next())")
                .addStatement("list.add(element.read(elements))")
                .endControlFlow()
                .addStatement("return $T.unmodifiableList(list)", JdbcNames.COLLECTIONS)
                .nextControlFlow("finally")
                .addStatement("array.free()")
                .endControlFlow()
                .build();
    }

    private static MethodSpec elements() {
        return MethodSpec.methodBuilder("elements")
                .addJavadoc("The elements of a list for {@code Connection.createArrayOf}, each non-null one mapped by"
                        + "\n{@code element} (an enum constant to its label).")
                .addModifiers(Modifier.STATIC)
                .addTypeVariable(T)
                .returns(ArrayTypeName.of(TypeNames.nullable(ClassName.OBJECT)))
                .addParameter(ParameterizedTypeName.get(TypeNames.LIST, T), "list")
                .addParameter(ParameterizedTypeName.get(JdbcNames.FUNCTION, WildcardTypeName.supertypeOf(T),
                        WildcardTypeName.subtypeOf(ClassName.OBJECT)), "element")
                .addStatement("$T[] elements = new $T[list.size()]", ClassName.OBJECT, ClassName.OBJECT)
                .beginControlFlow("for (int i = 0; i < elements.length; i++)")
                .addStatement("$T value = list.get(i)", T)
                .addStatement("elements[i] = value == null ? null : element.apply(value)")
                .endControlFlow()
                .addStatement("return elements")
                .build();
    }

    private static MethodSpec failure(String domainPackage) {
        MethodSpec.Builder failure = MethodSpec.methodBuilder("failure")
                .addJavadoc("The domain's exception for a failure of a statement on {@code table} (null: no statement's,"
                        + "\ne.g. a commit's). Its constraint is the first of {@code constraints} whose quoted name the"
                        + "\ndatabase's message holds.")
                .addModifiers(Modifier.STATIC)
                .returns(ClassName.get(domainPackage, DomainException.DATA_ACCESS.javaName()))
                .addParameter(JdbcNames.SQL_EXCEPTION, "e")
                .addParameter(TypeNames.nullable(TypeNames.STRING), "table")
                .addParameter(ArrayTypeName.of(TypeNames.STRING), "constraints")
                .addStatement("$T message = $T.valueOf(e.getMessage())", TypeNames.STRING, TypeNames.STRING)
                .addStatement("$T constraint = null", TypeNames.nullable(TypeNames.STRING))
                .beginControlFlow("for ($T name : constraints)", TypeNames.STRING)
                .beginControlFlow("if (message.contains('\"' + name + '\"'))")
                .addStatement("constraint = name")
                .addStatement("break")
                .endControlFlow()
                .endControlFlow()
                .addStatement("$T on = table == null ? \"\" : \" on \" + table", TypeNames.STRING)
                .addStatement("$T named = constraint == null ? \"\" : \" \" + constraint", TypeNames.STRING)
                .addStatement("$T state = $T.valueOf(e.getSQLState())", TypeNames.STRING, TypeNames.STRING);
        for (DomainException exception : DomainException.values()) {
            exception.sqlState().ifPresent(state -> failure
                    .beginControlFlow("if (state.equals($S))", state)
                    .addStatement("return new $T($L, table, constraint, e)",
                            ClassName.get(domainPackage, exception.javaName()), failureMessage(exception))
                    .endControlFlow());
        }
        return failure
                .addStatement("int lineEnd = message.indexOf('\\n')")
                .addStatement("return new $T((table == null ? \"transaction\" : \"statement\" + on) + \" failed (SQLState \"\n+ state + \"): \" + (lineEnd < 0 ?"
                                + " message : message.substring(0, lineEnd)), table, constraint, e)",
                        ClassName.get(domainPackage, DomainException.DATA_ACCESS.javaName()))
                .build();
    }

    private static String failureMessage(DomainException exception) {
        return switch (exception) {
            case DUPLICATE_KEY -> "\"duplicate key\" + on + \": unique constraint\" + named + \" violated\"";
            case FOREIGN_KEY_VIOLATION -> "\"foreign key\" + named + \" violated by a statement\" + on";
            case DATA_ACCESS -> throw new IllegalArgumentException("the base exception has no SQLState");
        };
    }
}
