package dev.dbmirror.processor.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeCatalogTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "uuid | java.util.UUID", "character varying(255) | java.lang.String", "character(3) | java.lang.String",
        "citext | java.lang.String", "string | java.lang.String", "jsonb | java.lang.String",
        "boolean | boolean", "smallint | short", "integer | int", "int | int", "bigint | long",
        "numeric(12,2) | java.math.BigDecimal", "decimal | java.math.BigDecimal", "real | float", "float | float",
        "double precision | double", "double | double", "date | java.time.LocalDate",
        "time | java.time.LocalTime", "timestamp(3) without time zone | java.time.LocalDateTime",
        "timestamp(6) with time zone | java.time.OffsetDateTime", "timestamptz | java.time.OffsetDateTime",
        "interval | java.lang.String", "money | java.lang.String", "inet | java.lang.String",
        "bit varying(8) | java.lang.String", "\"char\" | java.lang.String", "oid | long", "int4range | java.lang.String",
        "bytea | byte[]", "bytes | byte[]", "INTEGER | int",
    })
    void catalog(String database, String java) {
        assertEquals(java, TypeCatalog.lookup(database).orElseThrow().toString());
    }

    @Test
    void unknownTypesAreNotGuessed() {
        assertTrue(TypeCatalog.lookup("geometry").isEmpty());
        assertTrue(TypeCatalog.lookup("ltree").isEmpty());
    }
}
