package dev.dbmirror.schema.prisma;

import java.util.List;
import java.util.stream.Collectors;

/** The problems that stopped an import; nothing was written. Each problem is one line of the message. */
public final class PrismaException extends Exception {

    private final List<PrismaProblem> problems;

    public PrismaException(List<PrismaProblem> problems) {
        super(problems.stream().map(PrismaProblem::toString).collect(Collectors.joining("\n")), null, false, false);
        this.problems = List.copyOf(problems);
    }

    PrismaException(Position position, String message) {
        this(List.of(new PrismaProblem(position, message)));
    }

    public List<PrismaProblem> problems() {
        return problems;
    }
}
