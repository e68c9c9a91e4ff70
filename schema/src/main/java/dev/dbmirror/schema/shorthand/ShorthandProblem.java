package dev.dbmirror.schema.shorthand;

/**
 * One bad item of a shorthand column list.
 *
 * @param item     1-based number of the item, 0 for a problem of the table (its name) rather than of its columns
 * @param itemText the item as written
 * @param offset   1-based character in the whole list where the offending part starts
 * @param message  what is wrong and how to fix it
 */
public record ShorthandProblem(int item, String itemText, int offset, String message) {

    /** {@code item 2 "email:strin:unique" (at character 18): unknown type "strin"; use one of ...}. */
    public String render() {
        if (item == 0) {
            return message;
        }
        return "item " + item + " \"" + itemText + "\" (at character " + offset + "): " + message;
    }
}
