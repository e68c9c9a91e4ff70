package dev.dbmirror.schema.shorthand;

import java.util.ArrayList;
import java.util.List;

/** A piece of the shorthand text with blanks trimmed, remembering where it starts (0-based) in the whole text. */
record Segment(String text, int start) {

    static Segment of(String text) {
        return new Segment(text, 0).trimmed();
    }

    /** The pieces between {@code separator}s, each trimmed. */
    List<Segment> split(char separator) {
        List<Segment> pieces = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == separator) {
                pieces.add(new Segment(text.substring(from, i), start + from).trimmed());
                from = i + 1;
            }
        }
        return pieces;
    }

    /** The 1-based character where this piece starts. */
    int position() {
        return start + 1;
    }

    private Segment trimmed() {
        int lead = 0;
        while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
            lead++;
        }
        return new Segment(text.strip(), start + lead);
    }
}
