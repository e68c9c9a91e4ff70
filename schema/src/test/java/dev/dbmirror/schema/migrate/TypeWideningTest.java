package dev.dbmirror.schema.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which type changes keep every value (written as statements) and which may not (destructive). */
class TypeWideningTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "character varying(20)|character varying(40)|true",
            "character varying(40)|character varying(20)|false",
            "character varying(20)|text|true",
            "character varying(20)|character varying|true",
            "text|character varying(200)|false",
            "character(3)|text|true",
            "smallint|integer|true",
            "integer|bigint|true",
            "bigint|integer|false",
            "integer|numeric|true",
            "integer|numeric(12,2)|true",
            "integer|numeric(11,2)|false",
            "bigint|numeric(19,0)|true",
            "numeric(12,2)|numeric(14,2)|true",
            "numeric(12,2)|numeric(13,3)|true",
            "numeric(12,2)|numeric(12,3)|false",
            "numeric(12,2)|numeric|true",
            "numeric|numeric(30,10)|false",
            "real|double precision|true",
            "double precision|real|false",
            "integer[]|bigint[]|true",
            "integer[]|bigint|false",
            "timestamp without time zone|timestamp with time zone|false",
            "json|jsonb|false",
            "text|integer|false"})
    void widening(String from, String to, boolean widening) {
        assertEquals(widening, TypeWidening.isWidening(from, to));
    }
}
