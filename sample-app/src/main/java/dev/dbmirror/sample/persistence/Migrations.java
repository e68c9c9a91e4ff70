package dev.dbmirror.sample.persistence;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates the shop's database with Flyway from the {@code V<version>__<description>.sql} files of a
 * folder ({@code db/migrations}). Flyway orders versions numerically ({@code V2} before {@code V10})
 * and records what it applied in {@code flyway_schema_history}, which {@code dbmirror pull} leaves out
 * of the mirror.
 */
public final class Migrations {

    private Migrations() {
    }

    /** Applies the pending migrations; returns their names ({@code V1__shop}), in the order applied. */
    public static List<String> apply(DataSource dataSource, Path folder) {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations("filesystem:" + folder.toAbsolutePath())
                .loggers("slf4j")
                .load()
                .migrate();
        return result.migrations.stream().map(m -> "V" + m.version + "__" + m.description.replace(' ', '_')).toList();
    }
}
