package dev.dbmirror.sample.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;

/** Applies {@code db/migrations/V*.sql} in name order, each file in one transaction. */
public final class Migrations {

    private Migrations() {
    }

    /** Returns the file names applied, in order. */
    public static List<String> apply(DataSource dataSource, Path folder) throws IOException, SQLException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql")).sorted().toList();
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (Path file : files) {
                statement.execute(Files.readString(file));
                connection.commit();
            }
        }
        return files.stream().map(p -> p.getFileName().toString()).toList();
    }
}
