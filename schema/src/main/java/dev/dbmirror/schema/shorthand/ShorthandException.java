package dev.dbmirror.schema.shorthand;

import java.util.List;
import java.util.stream.Collectors;

/** A shorthand column list that cannot be used: every bad item, one per line in the message. */
public final class ShorthandException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ShorthandProblem> problems;

    public ShorthandException(List<ShorthandProblem> problems) {
        super(problems.stream().map(ShorthandProblem::render).collect(Collectors.joining("\n")), null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ShorthandException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<ShorthandProblem> problems() {
        return problems;
    }
}
