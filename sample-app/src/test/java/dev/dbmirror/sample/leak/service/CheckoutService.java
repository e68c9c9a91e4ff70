package dev.dbmirror.sample.leak.service;

import java.sql.Connection;
import java.sql.SQLException;

/** A deliberate leak for LeakIsReportedTest: a business service that takes a JDBC connection. */
public class CheckoutService {

    public void checkout(Connection connection) throws SQLException {
        connection.commit();
    }
}
