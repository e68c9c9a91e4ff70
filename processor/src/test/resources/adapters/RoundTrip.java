package com.acme.shop.app;

import com.acme.shop.Customer;
import com.acme.shop.CustomerOrderCount;
import com.acme.shop.DataAccessException;
import com.acme.shop.DuplicateKeyException;
import com.acme.shop.Event;
import com.acme.shop.EveryType;
import com.acme.shop.ForeignKeyViolationException;
import com.acme.shop.MixedCase;
import com.acme.shop.Mood;
import com.acme.shop.NewCustomer;
import com.acme.shop.NewEveryType;
import com.acme.shop.NewMixedCase;
import com.acme.shop.NewOrder;
import com.acme.shop.NewOrderTag;
import com.acme.shop.NewTicket;
import com.acme.shop.NewTextFormType;
import com.acme.shop.Order;
import com.acme.shop.OrderTag;
import com.acme.shop.OrderTagKey;
import com.acme.shop.TextFormType;
import com.acme.shop.Ticket;
import com.acme.shop.db.JdbcCustomerOrderCountRepository;
import com.acme.shop.db.JdbcCustomerRepository;
import com.acme.shop.db.JdbcEventRepository;
import com.acme.shop.db.JdbcEveryTypeRepository;
import com.acme.shop.db.JdbcMixedCaseRepository;
import com.acme.shop.db.JdbcOrderRepository;
import com.acme.shop.db.JdbcOrderTagRepository;
import com.acme.shop.db.JdbcTextFormTypeRepository;
import com.acme.shop.db.JdbcTicketRepository;
import com.acme.shop.db.JdbcTransactions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * User code of the generated adapters, compiled with them by JdbcAdapterRoundTripTest and run against the
 * schema of schema.sql on a real PostgreSQL. Throws AssertionError at the first difference.
 */
public final class RoundTrip implements Consumer<DataSource> {

    @Override
    public void accept(DataSource dataSource) {
        everyTypeRoundTrips(dataSource);
        textFormTypesRoundTrip(dataSource);
        keysFindersAndDatabaseValues(dataSource);
        failuresNameTableAndConstraint(dataSource);
        transactionsSpanRepositories(dataSource);
        readOnlyRepositories(dataSource);
        quotedNames(dataSource);
    }

    private static void everyTypeRoundTrips(DataSource dataSource) {
        JdbcEveryTypeRepository repository = new JdbcEveryTypeRepository(dataSource);
        UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        OffsetDateTime instant = OffsetDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_000, ZoneOffset.UTC);
        NewEveryType full = new NewEveryType(null, -2147483648, true, 0.1, Mood.IN_BETWEEN,
                uuid, "text with 'quotes' and \u00fcmlauts", "varchar", "abc", false, (short) -32768, 2147483647,
                9223372036854775807L, new BigDecimal("1234567890.12"), new BigDecimal("3.14159265358979323846264338327950288"),
                1.5f, Double.MAX_VALUE, LocalDate.of(2024, 2, 29), LocalTime.of(23, 59, 59, 123_456_000),
                OffsetTime.of(10, 15, 30, 0, ZoneOffset.ofHours(2)), LocalDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_000),
                instant, new byte[] {0, 1, (byte) 0xff, '\\'}, "{\"b\":  [1, 2], \"a\": null}", "{\"a\": [1, 2.50]}",
                Mood.SAD, "ada@example.com", Arrays.asList(1, null, -3), Arrays.asList("a", "b c", null, "\"q\"", "{x,y}"),
                List.of(Mood.SAD, Mood.IN_BETWEEN), List.of(uuid), List.of(LocalDate.of(1999, 12, 31)),
                List.of(new BigDecimal("1.10"), new BigDecimal("-2")), List.of(true, false), List.of(instant));
        EveryType stored = repository.insert(full);
        EveryType expected = new EveryType(stored.id(), full.nInt(), full.nBool(), full.nDouble(), full.nMood(),
                full.cUuid(), full.cText(), full.cVarchar(), full.cChar(), full.cBool(), full.cInt2(), full.cInt4(),
                full.cInt8(), full.cNumeric(), full.cNumericFree(), full.cReal(), full.cDouble(), full.cDate(),
                full.cTime(), full.cTimetz(), full.cTimestamp(), full.cTimestamptz(), full.cBytea(), full.cJson(),
                full.cJsonb(), full.cMood(), full.cEmail(), full.cIntArray(), full.cTextArray(), full.cMoodArray(),
                full.cUuidArray(), full.cDateArray(), full.cNumericArray(), full.cBoolArray(), full.cTimestamptzArray());
        expect(expected, stored, "every type, as returned by insert");
        expect(Optional.of(expected), repository.findById(stored.id()), "every type, read back");

        NewEveryType nulls = new NewEveryType(null, 0, false, -0.0, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
        EveryType defaults = repository.insert(nulls);
        expect(Mood.OK, defaults.nMood(), "a null for a column with a default leaves it to the database");
        expect(true, defaults.id() > stored.id(), "the identity column is numbered by the database");
        expect(null, defaults.cUuid(), "a nullable column given null");
        EveryType allNull = new EveryType(stored.id(), 7, false, 2.5, Mood.HAPPY, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
        expect(true, repository.update(allNull), "update of an existing row");
        expect(Optional.of(allNull), repository.findById(stored.id()), "every nullable column updated to null");
        expect(2L, repository.count(), "count");
        expect(List.of(stored.id(), defaults.id()), repository.findAll().stream().map(EveryType::id).toList(),
                "findAll in primary-key order");
    }

    private static void textFormTypesRoundTrip(DataSource dataSource) {
        JdbcTextFormTypeRepository repository = new JdbcTextFormTypeRepository(dataSource);
        // each value as PostgreSQL prints it, so that what is read back equals what was written
        NewTextFormType values = NewTextFormType.of(1)
                .withCInterval("1 mon 2 days 03:04:05")
                .withCInet("192.168.0.1/24")
                .withCCidr("10.0.0.0/8")
                .withCMacaddr("08:00:2b:01:02:03")
                .withCMacaddr8("08:00:2b:01:02:03:04:05")
                .withCMoney("$1,234.56")
                .withCXml("<a b=\"c\">d</a>")
                .withCBit("101")
                .withCVarbit("1101")
                .withCTsvector("'a' 'cat' 'fat'")
                .withCTsquery("'fat' & 'rat'")
                .withCInt4range("[1,5)")
                .withCDaterange("[2024-01-01,2024-02-01)")
                .withCInt4multirange("{[1,3),[5,7)}")
                .withCPoint("(1,2)")
                .withCLine("{1,-1,0}")
                .withCLseg("[(0,0),(1,1)]")
                .withCBox("(1,1),(0,0)")
                .withCPath("[(0,0),(1,1),(2,0)]")
                .withCPolygon("((0,0),(1,1),(1,0))")
                .withCCircle("<(0,0),1>")
                .withCOid(4294967295L)
                .withCPgLsn("16/B374D848")
                .withCChar("x")
                .withCName("a_name")
                .withCJsonpath("$.\"a\"[*]")
                .withCTxidSnapshot("10:20:10,14,15")
                .withCIntervalArray(List.of("1 mon", "00:00:01"))
                .withCInetArray(Arrays.asList("10.0.0.1", null, "::1"));
        TextFormType stored = repository.insert(values);
        expect(Optional.of(stored), repository.findById(1), "text-form types, read back");
        expect(values.cInterval(), stored.cInterval(), "interval keeps its months");
        expect(values.cMoney(), stored.cMoney(), "money");
        expect(values.cOid(), stored.cOid(), "oid above 2^31");
        expect(values.cInetArray(), stored.cInetArray(), "inet[] with a null element");
        expect(values.cTxidSnapshot(), stored.cTxidSnapshot(), "txid_snapshot");
        TextFormType empty = repository.insert(NewTextFormType.of(2));
        expect(Optional.of(empty), repository.findById(2), "text-form types, all null");
        expect(null, empty.cPolygon(), "a null polygon");
        expect(true, repository.update(stored.withId(2)), "update every text-form column");
        expect(Optional.of(stored.withId(2)), repository.findById(2), "updated from null to every value");
    }

    private static void keysFindersAndDatabaseValues(DataSource dataSource) {
        JdbcCustomerRepository customers = new JdbcCustomerRepository(dataSource);
        JdbcOrderRepository orders = new JdbcOrderRepository(dataSource);
        JdbcOrderTagRepository tags = new JdbcOrderTagRepository(dataSource);
        JdbcTicketRepository tickets = new JdbcTicketRepository(dataSource);

        Customer ada = customers.insert(new NewCustomer(null, "ada@example.com", "Ada", "ada"));
        expect(true, ada.id() != null, "a uuid default");
        expect(Optional.of(ada), customers.findByEmail("ada@example.com"), "unique-constraint finder");
        expect(Optional.of(ada), customers.findByNickname("ada"), "unique-index finder");
        expect(Optional.empty(), customers.findByEmail("nobody@example.com"), "finder of nothing");

        Order first = orders.insert(new NewOrder(null, ada.id(), null, null));
        expect(new BigDecimal("0.00"), first.total(), "a numeric default");
        expect(Mood.OK, first.status(), "an enum default");
        expect(new BigDecimal("0.00"), first.doubled(), "a generated column, returned by insert");
        Order second = orders.insert(new NewOrder(null, ada.id(), new BigDecimal("21.50"), Mood.HAPPY));
        expect(new BigDecimal("43.00"), second.doubled(), "a generated column computed from given values");
        expect(List.of(first, second), orders.findByCustomerId(ada.id()), "foreign-key finder, in key order");

        Order paid = new Order(first.id(), first.customerId(), new BigDecimal("5.00"), Mood.HAPPY, first.doubled());
        expect(true, orders.update(paid), "update");
        Order reread = orders.findById(first.id()).orElseThrow();
        expect(new BigDecimal("5.00"), reread.total(), "updated value");
        expect(new BigDecimal("10.00"), reread.doubled(), "the generated column follows the update");
        expect(false, orders.update(new Order(-1L, ada.id(), BigDecimal.ONE, Mood.OK, null)), "update of no row");

        OrderTag tag = tags.insert(NewOrderTag.of(first.id(), "gift"));
        tags.insert(NewOrderTag.of(first.id(), "urgent"));
        expect(Optional.of(tag), tags.findById(new OrderTagKey(first.id(), "gift")), "composite key");
        expect(true, tags.update(tag), "update of a key-only row says it is there");
        expect(false, tags.update(new OrderTag(first.id(), "none")), "update of a missing key-only row");
        expect(2, tags.findByOrderId(first.id()).size(), "finder over part of a composite key");
        expect(true, tags.deleteById(new OrderTagKey(first.id(), "gift")), "delete by composite key");
        expect(false, tags.deleteById(new OrderTagKey(first.id(), "gift")), "delete of a deleted row");

        Ticket ticket = tickets.insert(new NewTicket("printer on fire"));
        expect(true, ticket.id() > 0, "an identity-always column is numbered by the database");
        expect(true, tickets.update(new Ticket(ticket.id(), "printer fixed")), "update around an identity-always key");
        expect("printer fixed", tickets.findById(ticket.id()).orElseThrow().title(), "updated title");
    }

    private static void failuresNameTableAndConstraint(DataSource dataSource) {
        JdbcCustomerRepository customers = new JdbcCustomerRepository(dataSource);
        JdbcOrderRepository orders = new JdbcOrderRepository(dataSource);
        Customer grace = customers.insert(new NewCustomer(null, "grace@example.com", "Grace", null));
        orders.insert(new NewOrder(null, grace.id(), null, null));

        DuplicateKeyException duplicate = expectThrows(DuplicateKeyException.class,
                () -> customers.insert(new NewCustomer(null, "grace@example.com", "Grace 2", null)));
        expect("public.customers", duplicate.table(), "duplicate: table");
        expect("customers_email_key", duplicate.constraint(), "duplicate: constraint");
        expect("duplicate key on public.customers: unique constraint customers_email_key violated",
                duplicate.getMessage(), "duplicate: message");

        ForeignKeyViolationException missingParent = expectThrows(ForeignKeyViolationException.class,
                () -> orders.insert(new NewOrder(null, UUID.randomUUID(), null, null)));
        expect("orders_customer_id_fkey", missingParent.constraint(), "missing parent: constraint");
        expect("public.orders", missingParent.table(), "missing parent: table");

        ForeignKeyViolationException stillReferenced = expectThrows(ForeignKeyViolationException.class,
                () -> customers.deleteById(grace.id()));
        expect("orders_customer_id_fkey", stillReferenced.constraint(), "referenced row: the referencing key");
        expect("public.customers", stillReferenced.table(), "referenced row: table");

        DataAccessException check = expectThrows(DataAccessException.class,
                () -> orders.insert(new NewOrder(null, grace.id(), new BigDecimal("-1"), null)));
        expect(DataAccessException.class, check.getClass(), "a check violation is a plain DataAccessException");
        expect("orders_total_check", check.constraint(), "check: constraint");

        DataAccessException domainCheck = expectThrows(DataAccessException.class,
                () -> customers.insert(new NewCustomer(null, "no at sign", "X", null)));
        expect(true, domainCheck.getMessage().startsWith("statement on public.customers failed (SQLState 23514): "),
                "a failure without a subclass names table and SQLState: " + domainCheck.getMessage());
    }

    private static void transactionsSpanRepositories(DataSource dataSource) {
        JdbcTransactions transactions = new JdbcTransactions(dataSource);
        JdbcCustomerRepository customers = new JdbcCustomerRepository(dataSource);
        JdbcOrderRepository orders = new JdbcOrderRepository(dataSource);
        long customersBefore = customers.count();
        long ordersBefore = orders.count();

        IllegalStateException thrown = expectThrows(IllegalStateException.class, () -> transactions.inTransaction(() -> {
            Customer linus = customers.insert(new NewCustomer(null, "linus@example.com", "Linus", null));
            orders.insert(new NewOrder(null, linus.id(), null, null));
            expect(customersBefore + 1, customers.count(), "the transaction sees its own insert");
            throw new IllegalStateException("changed my mind");
        }));
        expect("changed my mind", thrown.getMessage(), "the work's exception is rethrown");
        expect(customersBefore, customers.count(), "rolled back: customers");
        expect(ordersBefore, orders.count(), "rolled back: orders");

        Order placed = transactions.inTransaction(() -> {
            Customer ken = customers.insert(new NewCustomer(null, "ken@example.com", "Ken", null));
            return transactions.inTransaction(() -> orders.insert(new NewOrder(null, ken.id(), null, null)));
        });
        expect(customersBefore + 1, customers.count(), "committed: customers");
        expect(Optional.of(placed), orders.findById(placed.id()), "committed: the order of the nested call");

        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setURL("jdbc:postgresql://localhost:1/nothing");
        DataAccessException noConnection = expectThrows(DataAccessException.class,
                () -> new JdbcCustomerRepository(nowhere).count());
        expect("public.customers", noConnection.table(), "no connection: table");
        expect(true, noConnection.getMessage().startsWith("statement on public.customers failed (SQLState 08001): "),
                "no connection: " + noConnection.getMessage());
        DataAccessException noTransaction = expectThrows(DataAccessException.class,
                () -> new JdbcTransactions(nowhere).inTransaction(() -> "never run"));
        expect(null, noTransaction.table(), "no transaction: no table");
        expect(true, noTransaction.getMessage().startsWith("transaction failed (SQLState 08001): "),
                "no transaction: " + noTransaction.getMessage());

        DuplicateKeyException duplicate = expectThrows(DuplicateKeyException.class, () -> transactions.inTransaction(() -> {
            customers.insert(new NewCustomer(null, "dennis@example.com", "Dennis", null));
            return customers.insert(new NewCustomer(null, "ken@example.com", "Ken again", null));
        }));
        expect("customers_email_key", duplicate.constraint(), "a failure inside a transaction");
        expect(Optional.empty(), customers.findByEmail("dennis@example.com"), "rolled back after the failure");
    }

    private static void readOnlyRepositories(DataSource dataSource) {
        JdbcEventRepository events = new JdbcEventRepository(dataSource);
        expect(0L, events.count(), "a table without a primary key: count");
        expect(List.of(), events.findAll(), "a table without a primary key: findAll");
        List<CustomerOrderCount> counts = new JdbcCustomerOrderCountRepository(dataSource).findAll();
        expect(true, counts.stream().anyMatch(c -> c.email().equals("ada@example.com") && c.orderCount() == 2L),
                "a view: " + counts);
    }

    private static void quotedNames(DataSource dataSource) {
        JdbcMixedCaseRepository repository = new JdbcMixedCaseRepository(dataSource);
        MixedCase row = repository.insert(new NewMixedCase(null, "all", "First"));
        expect(Optional.of(row), repository.findBySelect("all"), "quoted table and column names");
        expect(true, repository.update(new MixedCase(row.id(), "any", null)), "update with quoted names");
        expect(Optional.of(new MixedCase(row.id(), "any", null)), repository.findById(row.id()), "read back");
        expect(true, repository.deleteById(row.id()), "delete with quoted names");
    }

    private static void expect(Object expected, Object actual, String what) {
        if (!Objects.equals(expected, actual)) {
            throw new AssertionError(what + ": expected <" + expected + "> but was <" + actual + ">");
        }
    }

    private static <T extends Throwable> T expectThrows(Class<T> type, Supplier<?> action) {
        try {
            action.get();
        } catch (Throwable thrown) {
            if (type.isInstance(thrown)) {
                return type.cast(thrown);
            }
            throw new AssertionError("expected " + type.getSimpleName() + " but got " + thrown, thrown);
        }
        throw new AssertionError("expected " + type.getSimpleName() + " but nothing was thrown");
    }
}
