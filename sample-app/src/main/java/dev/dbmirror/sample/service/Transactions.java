package dev.dbmirror.sample.service;

import java.util.function.Supplier;

/** A port: runs work in one database transaction. The persistence layer implements it. */
public interface Transactions {

    /** Runs {@code work}; commits when it returns, rolls back when it throws. */
    <T> T inTransaction(Supplier<T> work);
}
