package dev.dbmirror.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dbmirror.processor.plan.ComponentPlan;
import dev.dbmirror.processor.plan.FinderPlan;
import dev.dbmirror.processor.plan.TablePlan;
import dev.dbmirror.processor.sql.AdapterPlan;
import dev.dbmirror.processor.sql.ValueBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * {@code JdbcUserRepository implements UserRepository}: each port method as one PostgreSQL statement with plain
 * JDBC, run through {@code JdbcSupport.run}; rows read by a {@code read} method in column order.
 */
final class AdapterGenerator extends SourceFileGenerator<AdapterPlan> {

    private final String domainPackage;

    AdapterGenerator(GeneratedPackage target, String domainPackage) {
        super(target);
        this.domainPackage = domainPackage;
    }

    @Override
    Optional<String> name(AdapterPlan adapter) {
        return Optional.of(adapter.adapterName());
    }

    @Override
    Optional<AnnotationSpec> marker(AdapterPlan adapter) {
        return Optional.of(marker(JdbcNames.MIRRORED_ADAPTER, adapter.table().source().qualifiedName()).build());
    }

    @Override
    TypeSpec.Builder type(AdapterPlan adapter, String name) {
        TablePlan table = adapter.table();
        ClassName repository = domain(table.repositoryName());
        String what = (table.source().kind().isView() ? "view " : "table ") + table.source().qualifiedName();
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addJavadoc("$L", Javadoc.escape("The JDBC adapter of " + table.repositoryName() + ": " + what
                        + " on PostgreSQL, on connections from the DataSource it is given."))
                .addModifiers(Modifier.FINAL)
                .addSuperinterface(repository)
                .addField(FieldSpec.builder(TypeNames.STRING, "TABLE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$L", JavaLiterals.string(table.source().qualifiedName()))
                        .build())
                .addField(FieldSpec.builder(ArrayTypeName.of(TypeNames.STRING), "CONSTRAINTS", Modifier.PRIVATE,
                                Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The constraints a failure of a statement on the table can name.")
                        .initializer("{$L}", adapter.constraints().stream()
                                .map(c -> CodeBlock.of("$L", JavaLiterals.string(c)))
                                .collect(CodeBlock.joining(",$W")))
                        .build())
                .addField(JdbcNames.DATA_SOURCE, "dataSource", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("@param dataSource where connections come from; for a transaction over several"
                                + "\n                  repositories, build them all on the same one and use {@link $L}",
                                JdbcNames.TRANSACTIONS)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(JdbcNames.DATA_SOURCE, "dataSource")
                        .addStatement("this.dataSource = $T.requireNonNull(dataSource, $S)", TypeNames.OBJECTS, "dataSource")
                        .build());
        if (!table.readOnly()) {
            type.addMethod(insert(adapter));
            type.addMethod(byKey(adapter, "findById", optionalRow(table), adapter.select() + adapter.where(table.primaryKey()),
                    CodeBlock.of("$L.one(statement, $L::read)", JdbcNames.SUPPORT, name)));
        }
        type.addMethod(override("findAll", ParameterizedTypeName.get(TypeNames.LIST, row(table)))
                .addStatement("return $L", run(JavaLiterals.string(adapter.select() + adapter.orderBy()),
                        CodeBlock.of("statement -> $L.all(statement, $L::read)", JdbcNames.SUPPORT, name)))
                .build());
        if (!table.readOnly()) {
            type.addMethod(update(adapter, name));
            type.addMethod(byKey(adapter, "deleteById", TypeName.BOOLEAN,
                    "DELETE FROM " + adapter.sqlTable() + adapter.where(table.primaryKey()),
                    CodeBlock.of("statement.executeUpdate() > 0")));
        }
        type.addMethod(override("count", TypeName.LONG)
                .addStatement("return $L", run(JavaLiterals.string("SELECT count(*) FROM " + adapter.sqlTable()),
                        CodeBlock.of("statement -> $L.one(statement, rows -> rows.getLong(1)).orElseThrow()",
                                JdbcNames.SUPPORT)))
                .build());
        for (FinderPlan finder : table.finders()) {
            type.addMethod(finder(adapter, finder, name));
        }
        return type.addMethod(read(adapter));
    }

    private ClassName domain(String simpleName) {
        return ClassName.get(domainPackage, simpleName);
    }

    private ClassName row(TablePlan table) {
        return domain(table.recordName());
    }

    private TypeName optionalRow(TablePlan table) {
        return ParameterizedTypeName.get(TypeNames.OPTIONAL, row(table));
    }

    private static MethodSpec.Builder override(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name).addAnnotation(TypeNames.OVERRIDE).addModifiers(Modifier.PUBLIC).returns(returns);
    }

    /** {@code JdbcSupport.run(dataSource, <sql>, TABLE, CONSTRAINTS, <work>)}. */
    private static CodeBlock run(Object sql, CodeBlock work) {
        return CodeBlock.of("$L.run(dataSource, $L,$WTABLE, CONSTRAINTS,$W$L)", JdbcNames.SUPPORT, sql, work);
    }

    /**
     * {@code return JdbcSupport.run(dataSource, <sql>, TABLE, CONSTRAINTS, statement -> { <body> return <result>; });}:
     * written without a statement around it, since JavaPoet does not nest statements.
     */
    private static CodeBlock runReturning(Object sql, CodeBlock body, CodeBlock result) {
        return CodeBlock.builder()
                .add("return $L.run(dataSource, $L,$WTABLE, CONSTRAINTS, statement -> {\n", JdbcNames.SUPPORT, sql)
                .indent()
                .add(body)
                .addStatement("return $L", result)
                .unindent()
                .add("});\n")
                .build();
    }

    /**
     * {@code insert}: the columns of the insert shape; a database-supplied one whose value is null is written
     * {@code DEFAULT}, so the SQL text is built per call. Returns the row as stored.
     */
    private MethodSpec insert(AdapterPlan adapter) {
        TablePlan table = adapter.table();
        ClassName shape = domain(table.insertName().orElseThrow());
        List<ComponentPlan> inserted = table.insertComponents();
        String returning = " RETURNING " + adapter.selectList();
        CodeBlock sql;
        boolean perCall = inserted.stream().anyMatch(c -> c.column().databaseSupplied());
        CodeBlock.Builder bind = CodeBlock.builder();
        if (inserted.isEmpty()) {
            sql = CodeBlock.of("$L", JavaLiterals.string("INSERT INTO " + adapter.sqlTable() + " DEFAULT VALUES" + returning));
        } else {
            List<CodeBlock> parts = new ArrayList<>();
            StringBuilder text = new StringBuilder("INSERT INTO " + adapter.sqlTable() + " (" + adapter.names(inserted)
                    + ") VALUES (");
            if (perCall) {
                bind.addStatement("int p = 0");
            }
            for (int i = 0; i < inserted.size(); i++) {
                ComponentPlan component = inserted.get(i);
                CodeBlock value = CodeBlock.of("row.$L()", component.name());
                CodeBlock index = perCall ? CodeBlock.of("++p") : CodeBlock.of("$L", i + 1);
                text.append(i == 0 ? "" : ", ");
                if (component.column().databaseSupplied()) {
                    parts.add(CodeBlock.of("$L", JavaLiterals.string(text.toString())));
                    parts.add(CodeBlock.of("($L == null ? $S : $S)", value, "DEFAULT", "?"));
                    text.setLength(0);
                    bind.beginControlFlow("if ($L != null)", value)
                            .addStatement(set(adapter.column(component).binding(), index, value))
                            .endControlFlow();
                } else {
                    text.append('?');
                    bind.add(bindValue(adapter.column(component).binding(), component.nullable(), index, value));
                }
            }
            parts.add(CodeBlock.of("$L", JavaLiterals.string(text + ")" + returning)));
            sql = CodeBlock.join(parts, " +$W");
        }
        CodeBlock result = CodeBlock.of("$L.one(statement, $L::read).orElseThrow()", JdbcNames.SUPPORT, adapter.adapterName());
        MethodSpec.Builder insert = override("insert", row(table)).addParameter(shape, "row");
        if (perCall) {
            insert.addStatement("$T sql = $L", TypeNames.STRING, sql);
            sql = CodeBlock.of("sql");
        }
        return insert.addCode(runReturning(sql, bind.build(), result)).build();
    }

    /** {@code update}: every column but the key and those the database computes, by primary key. */
    private MethodSpec update(AdapterPlan adapter, String name) {
        TablePlan table = adapter.table();
        List<ComponentPlan> updated = adapter.updated();
        List<ComponentPlan> bound = new ArrayList<>(updated);
        bound.addAll(table.primaryKey());
        CodeBlock.Builder bind = CodeBlock.builder();
        for (int i = 0; i < bound.size(); i++) {
            ComponentPlan component = bound.get(i);
            bind.add(bindValue(adapter.column(component).binding(), component.nullable(), CodeBlock.of("$L", i + 1),
                    CodeBlock.of("row.$L()", component.name())));
        }
        String where = adapter.where(table.primaryKey());
        // a table of key columns only has nothing to set: the update then only says whether the row is there
        String sql = updated.isEmpty() ? "SELECT 1 FROM " + adapter.sqlTable() + where
                : "UPDATE " + adapter.sqlTable() + " SET " + String.join(", ",
                        updated.stream().map(c -> adapter.column(c).sqlName() + " = ?").toList()) + where;
        CodeBlock result = updated.isEmpty()
                ? CodeBlock.of("$L.one(statement, rows -> $T.TRUE).isPresent()", JdbcNames.SUPPORT, ClassName.get(Boolean.class))
                : CodeBlock.of("statement.executeUpdate() > 0");
        return override("update", TypeName.BOOLEAN)
                .addParameter(row(table), "row")
                .addCode(runReturning(JavaLiterals.string(sql), bind.build(), result))
                .build();
    }

    /** A method that takes the primary key as {@code id}: a value, or the key record for a composite key. */
    private MethodSpec byKey(AdapterPlan adapter, String name, TypeName returns, String sql, CodeBlock result) {
        TablePlan table = adapter.table();
        boolean composite = table.keyName().isPresent();
        TypeName id = composite ? domain(table.keyName().get()) : TypeNames.of(table.primaryKey().get(0).valueType());
        Function<ComponentPlan, CodeBlock> value = component -> composite
                ? CodeBlock.of("id.$L()", component.name()) : CodeBlock.of("id");
        return override(name, returns)
                .addParameter(id, "id")
                .addCode(runReturning(JavaLiterals.string(sql), bindAll(adapter, table.primaryKey(), value), result))
                .build();
    }

    private MethodSpec finder(AdapterPlan adapter, FinderPlan finder, String name) {
        TablePlan table = adapter.table();
        MethodSpec.Builder method = override(finder.name(), finder.unique() ? optionalRow(table)
                : ParameterizedTypeName.get(TypeNames.LIST, row(table)));
        for (ComponentPlan parameter : finder.parameters()) {
            method.addParameter(TypeNames.of(parameter.valueType()), parameter.name());
        }
        String sql = adapter.select() + adapter.where(finder.parameters()) + (finder.unique() ? "" : adapter.orderBy());
        CodeBlock result = CodeBlock.of("$L.$L(statement, $L::read)", JdbcNames.SUPPORT, finder.unique() ? "one" : "all", name);
        return method.addCode(runReturning(JavaLiterals.string(sql),
                        bindAll(adapter, finder.parameters(), c -> CodeBlock.of("$L", c.name())), result))
                .build();
    }

    /** Binds non-null values of {@code components} to parameters 1, 2, …. */
    private static CodeBlock bindAll(AdapterPlan adapter, List<ComponentPlan> components,
                                     Function<ComponentPlan, CodeBlock> value) {
        CodeBlock.Builder bind = CodeBlock.builder();
        for (int i = 0; i < components.size(); i++) {
            ComponentPlan component = components.get(i);
            bind.addStatement(set(adapter.column(component).binding(), CodeBlock.of("$L", i + 1), value.apply(component)));
        }
        return bind.build();
    }

    /** Binds {@code value}; a nullable one that is null as an untyped NULL, which takes its column's type. */
    private static CodeBlock bindValue(ValueBinding binding, boolean nullable, CodeBlock index, CodeBlock value) {
        if (!nullable) {
            return CodeBlock.builder().addStatement(set(binding, index, value)).build();
        }
        return CodeBlock.builder()
                .beginControlFlow("if ($L == null)", value)
                .addStatement("statement.setNull($L, $T.OTHER)", index, JdbcNames.TYPES)
                .nextControlFlow("else")
                .addStatement(set(binding, index, value))
                .endControlFlow()
                .build();
    }

    /** The JDBC call that binds a non-null {@code value} to parameter {@code index}. */
    private static CodeBlock set(ValueBinding binding, CodeBlock index, CodeBlock value) {
        return switch (binding.kind()) {
            case STRING -> CodeBlock.of("statement.setString($L, $L)", index, value);
            case UNTYPED -> CodeBlock.of("statement.setObject($L, $L, $T.OTHER)", index, value, JdbcNames.TYPES);
            case BOOLEAN -> CodeBlock.of("statement.setBoolean($L, $L)", index, value);
            case SHORT -> CodeBlock.of("statement.setShort($L, $L)", index, value);
            case INT -> CodeBlock.of("statement.setInt($L, $L)", index, value);
            case LONG -> CodeBlock.of("statement.setLong($L, $L)", index, value);
            case FLOAT -> CodeBlock.of("statement.setFloat($L, $L)", index, value);
            case DOUBLE -> CodeBlock.of("statement.setDouble($L, $L)", index, value);
            case DECIMAL -> CodeBlock.of("statement.setBigDecimal($L, $L)", index, value);
            case BYTES -> CodeBlock.of("statement.setBytes($L, $L)", index, value);
            case ENUM -> CodeBlock.of("statement.setObject($L, $L.label(), $T.OTHER)", index, value, JdbcNames.TYPES);
            case ARRAY -> CodeBlock.of("statement.setArray($L, statement.getConnection().createArrayOf($S,$W$L))", index,
                    binding.arrayType(), elements(binding.element().orElseThrow(), value));
            case OBJECT -> CodeBlock.of("statement.setObject($L, $L)", index, value);
        };
    }

    /** The elements of a list value as createArrayOf takes them: enum constants as their labels. */
    private static CodeBlock elements(ValueBinding element, CodeBlock list) {
        return element.kind() == ValueBinding.Kind.ENUM
                ? CodeBlock.of("$L.elements($L, $T::label)", JdbcNames.SUPPORT, list, TypeNames.of(element.type()))
                : CodeBlock.of("$L.toArray()", list);
    }

    /** {@code read(ResultSet)}: the current row as the record, column by column in table order. */
    private MethodSpec read(AdapterPlan adapter) {
        TablePlan table = adapter.table();
        List<CodeBlock> values = new ArrayList<>();
        for (int i = 0; i < table.components().size(); i++) {
            ComponentPlan component = table.components().get(i);
            values.add(get(adapter.column(component).binding(), component.nullable(), "rows", CodeBlock.of("$L", i + 1)));
        }
        return MethodSpec.methodBuilder("read")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(row(table))
                .addParameter(JdbcNames.RESULT_SET, "rows")
                .addException(JdbcNames.SQL_EXCEPTION)
                .addStatement("return new $T(\n$L)", row(table), CodeBlock.join(values, ",\n"))
                .build();
    }

    /** Reads column {@code index} of {@code rows}; a nullable primitive as its box, null for NULL. */
    private static CodeBlock get(ValueBinding binding, boolean nullable, String rows, CodeBlock index) {
        return switch (binding.kind()) {
            case STRING, UNTYPED -> CodeBlock.of("$L.getString($L)", rows, index);
            case BOOLEAN, SHORT, INT, LONG, FLOAT, DOUBLE -> nullable
                    ? CodeBlock.of("$L.getObject($L, $T.class)", rows, index, TypeNames.of(binding.type().box()))
                    : CodeBlock.of("$L.get$L($L)", rows, primitiveGetter(binding.kind()), index);
            case DECIMAL -> CodeBlock.of("$L.getBigDecimal($L)", rows, index);
            case BYTES -> CodeBlock.of("$L.getBytes($L)", rows, index);
            case ENUM -> nullable
                    ? CodeBlock.of("$L.mapped($L.getString($L), $T::fromLabel)", JdbcNames.SUPPORT, rows, index,
                            TypeNames.of(binding.type()))
                    : CodeBlock.of("$T.fromLabel($L.getString($L))", TypeNames.of(binding.type()), rows, index);
            case ARRAY -> CodeBlock.of("$L.list($L.getArray($L),$Welements -> $L)", JdbcNames.SUPPORT, rows, index,
                    get(binding.element().orElseThrow(), true, "elements", CodeBlock.of("2")));
            case OBJECT -> CodeBlock.of("$L.getObject($L, $T.class)", rows, index, TypeNames.of(binding.type().box()));
        };
    }

    private static String primitiveGetter(ValueBinding.Kind kind) {
        String name = kind.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
