package dev.dbmirror.cli.workflow;

import java.nio.file.Path;
import javax.sql.DataSource;

/** Applies the migrations of a folder with Flyway, as a user of the repository-mode workflow would. */
final class Flyway {

    private Flyway() {
    }

    /**
     * Applies the pending migrations; returns how many ran. A database that has tables but no history
     * yet is taken as version 0, as when Flyway is brought to an existing database.
     */
    static int migrate(DataSource dataSource, Path folder) {
        return org.flywaydb.core.Flyway.configure()
                .dataSource(dataSource)
                .locations("filesystem:" + folder.toAbsolutePath())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .loggers("slf4j")
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
