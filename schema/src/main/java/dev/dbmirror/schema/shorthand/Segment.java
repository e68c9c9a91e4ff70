package dev.dbmirror.schema.shorthand;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A piece of the shorthand text with blanks trimmed, remembering where it starts (0-based) in the whole text. */
record Segment(String text, int start) {

    static Segment of(String text) {
        return new Segment(text, 0).trimmed();
    }

    /**
     * The pieces between {@code separator}s, each trimmed. A separator inside parentheses or quotes
     * ({@code decimal(10,2)}, {@code ='a,b'}) does not count, nor does a {@code ::} cast when
     * splitting at {@code :}.
     */
    List<Segment> split(char separator) {
        List<Segment> pieces = new ArrayList<>();
        int from = 0;
        for (int at : separators(separator)) {
            pieces.add(new Segment(text.substring(from, at), start + from).trimmed());
            from = at + 1;
        }
        pieces.add(new Segment(text.substring(from), start + from).trimmed());
        return pieces;
    }

    /** The text after {@code length} characters, as a segment of its own. */
    Segment from(int length) {
        return new Segment(text.substring(length), start + length).trimmed();
    }

    /** The first {@code length} characters, as a segment of their own. */
    Segment upTo(int length) {
        return new Segment(text.substring(0, length), start).trimmed();
    }

    /** Where {@code c} first stands outside parentheses and quotes; -1 if nowhere. */
    int indexOutside(char c) {
        List<Integer> found = separators(c);
        return found.isEmpty() ? -1 : found.get(0);
    }

    /**
     * The first parenthesis or quote that is opened and never closed, as a piece of one character; empty when
     * every one is closed. The separators after such a one do not count ({@link #split}), so it swallows the rest.
     */
    Optional<Segment> unclosed() {
        Deque<Integer> parentheses = new ArrayDeque<>();
        int quoteAt = -1;
        for (int i = 0; i < text.length(); i++) {
            char here = text.charAt(i);
            if (quoteAt >= 0) {
                quoteAt = here == text.charAt(quoteAt) ? -1 : quoteAt;
            } else if (here == '\'' || here == '"') {
                quoteAt = i;
            } else if (here == '(') {
                parentheses.push(i);
            } else if (here == ')' && !parentheses.isEmpty()) {
                parentheses.pop();
            }
        }
        int parenthesisAt = parentheses.isEmpty() ? -1 : parentheses.peekLast();
        int at = quoteAt < 0 || parenthesisAt < 0 ? Math.max(quoteAt, parenthesisAt) : Math.min(quoteAt, parenthesisAt);
        return at < 0 ? Optional.empty() : Optional.of(new Segment(text.substring(at, at + 1), start + at));
    }

    /** Where {@code c} stands outside parentheses and quotes (a {@code ::} is no {@code :}). */
    private List<Integer> separators(char c) {
        List<Integer> found = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char here = text.charAt(i);
            if (quote != 0) {
                quote = here == quote ? 0 : quote;
            } else if (here == '\'' || here == '"') {
                quote = here;
            } else if (here == '(') {
                depth++;
            } else if (here == ')') {
                depth = Math.max(0, depth - 1);
            } else if (here == ':' && c == ':' && i + 1 < text.length() && text.charAt(i + 1) == ':') {
                i++;
            } else if (here == c && depth == 0) {
                found.add(i);
            }
        }
        return found;
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
