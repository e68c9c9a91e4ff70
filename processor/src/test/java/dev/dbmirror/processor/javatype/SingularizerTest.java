package dev.dbmirror.processor.javatype;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SingularizerTest {

    @ParameterizedTest
    @CsvSource({
        "users, user", "categories, category", "addresses, address", "boxes, box", "matches, match",
        "wishes, wish", "orders, order", "class, class", "status, status", "statuses, status", "bus, bus",
        "buses, bus", "analysis, analysis", "analyses, analysis", "people, person", "children, child",
        "data, data", "news, news", "series, series", "movies, movie", "responses, response", "item, item",
        "Orders, order", "s, s",
    })
    void singular(String plural, String expected) {
        assertEquals(expected, Singularizer.singular(plural));
    }
}
