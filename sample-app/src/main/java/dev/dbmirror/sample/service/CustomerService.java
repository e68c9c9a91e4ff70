package dev.dbmirror.sample.service;

import dev.dbmirror.sample.domain.Customer;
import dev.dbmirror.sample.domain.CustomerRepository;
import dev.dbmirror.sample.domain.DuplicateKeyException;
import dev.dbmirror.sample.domain.NewCustomer;
import java.util.Optional;

/** Registering customers: an email can be registered once, which the database's unique key decides. */
public final class CustomerService {

    private final CustomerRepository customers;

    public CustomerService(CustomerRepository customers) {
        this.customers = customers;
    }

    /**
     * Registers a customer; empty when the email is registered already. The unique constraint on
     * {@code customers.email} decides, so two registrations at the same time cannot both succeed.
     */
    public Optional<Customer> register(String email, String name) {
        try {
            return Optional.of(customers.insert(NewCustomer.of(email, name)));
        } catch (DuplicateKeyException alreadyThere) {
            return Optional.empty();
        }
    }
}
