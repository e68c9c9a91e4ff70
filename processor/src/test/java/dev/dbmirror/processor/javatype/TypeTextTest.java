package dev.dbmirror.processor.javatype;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TypeTextTest {

    @Test
    void formsAreExactThenWithoutModifiers() {
        assertEquals(List.of("numeric(12,2)", "numeric"), TypeText.forms("numeric(12,2)"));
        assertEquals(List.of("timestamp(3) with time zone", "timestamp with time zone"),
                TypeText.forms("timestamp(3) with time zone"));
        assertEquals(List.of("jsonb"), TypeText.forms("JSONB"));
    }

    @Test
    void normalizedIsTrimmedLowerCase() {
        assertEquals("character varying(40)", TypeText.normalized(" Character Varying(40) "));
    }
}
