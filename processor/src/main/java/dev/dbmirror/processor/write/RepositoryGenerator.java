package dev.dbmirror.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dbmirror.processor.plan.ComponentPlan;
import dev.dbmirror.processor.plan.FinderPlan;
import dev.dbmirror.processor.plan.TablePlan;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * {@code UserRepository}: the repository port, an interface that speaks only domain types. Writable
 * tables get insert/findById/findAll/update/deleteById/count; views and keyless tables only read.
 * Both get a finder per unique key and per foreign key.
 */
final class RepositoryGenerator extends SourceFileGenerator<TablePlan> {

    RepositoryGenerator(GeneratedPackage target) {
        super(target);
    }

    @Override
    Optional<String> name(TablePlan table) {
        return Optional.of(table.repositoryName());
    }

    @Override
    Optional<AnnotationSpec> marker(TablePlan table) {
        AnnotationSpec.Builder marker = marker(TypeNames.MIRRORED_REPOSITORY, table.source().qualifiedName());
        if (table.readOnly()) {
            marker.addMember("readOnly", "true");
        }
        return Optional.of(marker.build());
    }

    @Override
    TypeSpec.Builder type(TablePlan table, String name) {
        String doc = "The repository of " + (table.source().kind().isView() ? "view " : "table ")
                + table.source().qualifiedName() + (table.readOnly() ? ", read-only." : ".")
                + " A port: the persistence layer implements it, business code calls it.";
        TypeSpec.Builder repository = TypeSpec.interfaceBuilder(name).addJavadoc("$L", Javadoc.escape(doc));
        ClassName row = ClassName.get(target().name(), table.recordName());
        TypeName optionalRow = ParameterizedTypeName.get(TypeNames.OPTIONAL, row);
        TypeName listOfRows = ParameterizedTypeName.get(TypeNames.LIST, row);
        if (!table.readOnly()) {
            TypeName id = table.keyName().<TypeName>map(key -> ClassName.get(target().name(), key))
                    .orElseGet(() -> TypeNames.of(table.primaryKey().get(0).valueType()));
            TypeName newRow = ClassName.get(target().name(), table.insertName().orElseThrow());
            repository.addMethod(method("insert", row,
                    "Inserts a row and returns it as stored, with the values the database supplied.")
                    .addParameter(newRow, "row").build());
            repository.addMethod(method("findById", optionalRow, "The row with this primary key, if any.")
                    .addParameter(id, "id").build());
            repository.addMethod(method("findAll", listOfRows, "Every row.").build());
            repository.addMethod(method("update", TypeName.BOOLEAN,
                    "Updates the row with the primary key of {@code row}; returns whether there was one.")
                    .addParameter(row, "row").build());
            repository.addMethod(method("deleteById", TypeName.BOOLEAN,
                    "Deletes the row with this primary key; returns whether there was one.")
                    .addParameter(id, "id").build());
        } else {
            repository.addMethod(method("findAll", listOfRows, "Every row.").build());
        }
        repository.addMethod(method("count", TypeName.LONG, "The number of rows.").build());
        for (FinderPlan finder : table.finders()) {
            MethodSpec.Builder method = finder.unique()
                    ? method(finder.name(), optionalRow, "The row with this value of a unique key, if any.")
                    : method(finder.name(), listOfRows, "The rows that reference this key.");
            for (ComponentPlan parameter : finder.parameters()) {
                method.addParameter(TypeNames.of(parameter.valueType()), parameter.name());
            }
            repository.addMethod(method.build());
        }
        return repository;
    }

    private static MethodSpec.Builder method(String name, TypeName returns, String javadoc) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addJavadoc("$L", javadoc)
                .returns(returns);
    }
}
