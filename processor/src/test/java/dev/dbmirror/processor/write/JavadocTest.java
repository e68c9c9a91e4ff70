package dev.dbmirror.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class JavadocTest {

    @Test
    void nothingCanEndTheCommentOrAddTags() {
        String escaped = Javadoc.escape("a */ b \\u002a/ c\n@deprecated {@link X} <script>&amp;");
        assertEquals("a *&#47; b &#92;u002a/ c\n&#64;deprecated {&#64;link X} &lt;script&gt;&amp;amp;", escaped);
        assertFalse(escaped.contains("*/"));
        assertFalse(escaped.contains("\\"));
    }

    @Test
    void nonAsciiBecomesEntitiesAndControlCharactersSpaces() {
        assertEquals("&#xC4;rger &#x1F600; a b", Javadoc.escape("Ärger \uD83D\uDE00 a\u0007b"));
    }

    @Test
    void lineEndsAreNormalisedAndTrailingBlanksDropped() {
        assertEquals("one\ntwo\nthree", Javadoc.escape("one  \r\ntwo\rthree\n\n"));
    }

    @Test
    void literalsStayAsciiAndNeverUseUnicodeEscapesForQuotes() {
        assertEquals("\"a\\\"b\\\\c\\n\\u00e4\\001\"", JavaLiterals.string("a\"b\\c\nä\u0001"));
    }
}
