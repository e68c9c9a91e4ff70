package dev.dbmirror.processor.javatype;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaNamesTest {

    @ParameterizedTest
    @CsvSource({
        "order_items, true, OrderItem",
        "order_items, false, OrderItems",
        "people, true, Person",
        "OrderItems, true, OrderItem",
        "USER_ACCOUNTS, true, UserAccount",
        "2fa_codes, true, _2faCode",
        "_, true, _5F",
        "größen_tabelle, false, GrossenTabelle",
        "data, true, Data",
    })
    void typeNames(String table, boolean singularize, String expected) {
        assertEquals(expected, JavaNames.typeName(table, singularize));
    }

    @ParameterizedTest
    @CsvSource({
        "customer_id, customerId",
        "class, class_",
        "yield, yield_",
        "hash_code, hashCode_",
        "to_string, toString_",
        "get_class, getClass_",
        "notify, notify_",
        "wait, wait_",
        "equals, equals_",
        "clone, clone_",
        "finalize, finalize_",
        "401k, _401k",
        "URL, url",
        "createdAt, createdAt",
        "record, record_",
    })
    void memberNames(String column, String expected) {
        assertEquals(expected, JavaNames.memberName(column));
    }

    @ParameterizedTest
    @CsvSource({
        "in-progress, IN_PROGRESS",
        "401k, _401K",
        "ÄÖ, AO",
        "inProgress, IN_PROGRESS",
        "日本, _65E5_672C",
        "'', EMPTY",
    })
    void constantNames(String label, String expected) {
        assertEquals(expected, JavaNames.constantName(label));
    }
}
