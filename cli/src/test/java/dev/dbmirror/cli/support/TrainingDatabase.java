package dev.dbmirror.cli.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A build step, not a test: runs one command against a small real PostgreSQL database, so that the
 * launcher's class-data sharing archive holds the classes a real pull loads (the JDBC driver's
 * query and result classes, the PostgreSQL reader). Usage: {@code TrainingDatabase COMMAND...};
 * the argument {@code {url}} becomes the database's JDBC URL (user {@code postgres}, no password).
 * Exits with the command's exit code.
 */
public final class TrainingDatabase {

    private TrainingDatabase() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        TestDatabase db = PostgresServer.createDatabase();
        // one object of every kind the PostgreSQL reader handles, so each of its paths runs once
        db.sql("CREATE TYPE mood AS ENUM ('calm', 'busy')",
                "CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%')",
                "CREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email email NOT NULL UNIQUE,"
                        + " mood mood, tags text[], created timestamptz DEFAULT now(), CHECK (id > 0))",
                "CREATE TABLE orders (id bigserial PRIMARY KEY, customer_id bigint REFERENCES customers ON DELETE CASCADE,"
                        + " total numeric(12,2), doubled numeric GENERATED ALWAYS AS (total * 2) STORED)",
                "CREATE INDEX orders_lower_idx ON orders ((total * 2), customer_id)",
                "CREATE VIEW customer_orders AS SELECT c.id, count(o.id) AS orders FROM customers c"
                        + " LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id",
                "COMMENT ON TABLE customers IS 'who buys'");
        List<String> command = new ArrayList<>();
        for (String arg : args) {
            command.add(arg.replace("{url}", db.url()));
        }
        Process process = new ProcessBuilder(command).inheritIO().start();
        System.exit(process.waitFor());
    }
}
