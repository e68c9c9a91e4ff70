package dev.dbmirror.schema.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A mirror that cannot be used: every problem found, each with its position. The message lists
 * them one per line as {@code file:line:column: path: message}; it never carries a cause's stack.
 */
public final class MirrorException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final transient List<MirrorProblem> problems;

    public MirrorException(String fileName, List<MirrorProblem> problems) {
        super(problems.stream().map(p -> p.render(fileName)).collect(Collectors.joining("\n")), null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a MirrorException needs at least one problem");
        }
        this.fileName = fileName;
        this.problems = List.copyOf(problems);
    }

    public String fileName() {
        return fileName;
    }

    public List<MirrorProblem> problems() {
        return problems;
    }
}
