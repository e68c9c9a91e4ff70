package dev.dbmirror.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Edits a test project's one-table mirror as a pull after a DBA's change would. */
final class TestMirror {

    /** The end of the last column and the start of the key, in the canonical layout. */
    private static final String LAST_COLUMN_END = """
            }
                  ],
                  "primaryKey\"""";

    private TestMirror() {
    }

    /** Appends a column to the table; {@code defaultExpression} may be null. */
    static void addColumn(Path mirror, String name, String type, boolean nullable, String defaultExpression)
            throws IOException {
        String text = Files.readString(mirror, StandardCharsets.UTF_8);
        int end = text.indexOf(LAST_COLUMN_END);
        assertEquals(-1, text.indexOf(LAST_COLUMN_END, end + 1), "a test mirror has one table");
        assertNotEquals(-1, end, "the test mirror's layout changed");
        String column = """
                },
                        {
                          "name": "%s",
                          "type": "%s",
                          "nullable": %s,
                          "default": %s,
                          "identity": null,
                          "generated": null,
                          "comment": null
                        }
                      ],
                      "primaryKey\"""".formatted(name, type, nullable,
                defaultExpression == null ? "null" : "\"" + defaultExpression + "\"");
        Files.writeString(mirror, text.replace(LAST_COLUMN_END, column), StandardCharsets.UTF_8);
    }
}
