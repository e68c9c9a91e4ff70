package dev.dbmirror.cli.pull.postgres;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The key columns of constraints and indexes arrive as the text of an {@code int2[]}. */
class AttributeNumbersTest {

    @Test
    void readsAnArrayOfAttributeNumbers() {
        assertArrayEquals(new short[] {3, 1, 12}, KeysAndIndexes.attnums("{3,1,12}"));
    }

    @Test
    void readsAnIndexKeyVectorWithItsZeroLowerBound() {
        assertArrayEquals(new short[] {8, 0, 6}, KeysAndIndexes.attnums("[0:2]={8,0,6}"));
    }

    @Test
    void nullAndEmptyAreNoColumns() {
        assertArrayEquals(new short[0], KeysAndIndexes.attnums(null));
        assertArrayEquals(new short[0], KeysAndIndexes.attnums("{}"));
    }
}
