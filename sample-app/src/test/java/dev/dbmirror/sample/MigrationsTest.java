package dev.dbmirror.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dbmirror.sample.persistence.Migrations;
import dev.dbmirror.sample.support.ShopDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @Test
    void appliesVersionsInNumericOrderAndEachOnlyOnce(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("V1__create_log.sql"), "CREATE TABLE log (id serial PRIMARY KEY, step text NOT NULL);");
        Files.writeString(folder.resolve("V10__third.sql"), "INSERT INTO log (step) VALUES ('ten');");
        Files.writeString(folder.resolve("V2__second.sql"), "INSERT INTO log (step) VALUES ('two');");
        DataSource dataSource = ShopDatabase.empty().dataSource();

        assertEquals(List.of("V1__create_log", "V2__second", "V10__third"), Migrations.apply(dataSource, folder));
        assertEquals(List.of(), Migrations.apply(dataSource, folder));
        assertEquals(List.of("two", "ten"), steps(dataSource));
    }

    private static List<String> steps(DataSource dataSource) throws SQLException {
        List<String> steps = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT step FROM log ORDER BY id")) {
            while (rows.next()) {
                steps.add(rows.getString(1));
            }
        }
        return steps;
    }
}
