package dev.dbmirror.schema.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndexTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "email | CREATE UNIQUE INDEX users_email_idx ON public.users USING btree (email) | false | true",
        "email | CREATE UNIQUE INDEX u ON public.users USING btree (email) WHERE (deleted_at IS NULL) | true | false",
        "email | CREATE UNIQUE INDEX u ON public.users USING btree (email) INCLUDE (name) WHERE active | true | false",
        "email | CREATE UNIQUE INDEX u ON public.users USING btree (email) NULLS NOT DISTINCT | false | true",
        "email | CREATE UNIQUE INDEX \"a WHERE b\" ON public.\" WHERE \" USING btree (email) | false | true",
        "email | CREATE UNIQUE INDEX u ON public.users USING btree (email) WHERE (note <> ' WHERE ') | true | false",
        "(lower(email)) | CREATE UNIQUE INDEX u ON public.users USING btree (lower(email)) | false | false",
        "email | | false | true",
    })
    void aUniqueIndexIsAUniqueKeyUnlessPartialOrOnAnExpression(String key, String definition, boolean partial,
                                                               boolean uniqueKey) {
        Index index = new Index("u", true, List.of(key), definition);
        assertEquals(partial, index.isPartial());
        assertEquals(uniqueKey, index.isUniqueKey());
    }

    @Test
    void anIndexThatIsNotUniqueIsNoKey() {
        assertFalse(new Index("i", false, List.of("email"),
                "CREATE INDEX users_email_idx ON public.users USING btree (email)").isUniqueKey());
    }
}
