package dev.dbmirror.schema.prisma;

import dev.dbmirror.schema.prisma.Ast.Attribute;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Collects the problems of a schema, so that one run reports all it can find; sorted by position. */
final class Problems {

    private final List<PrismaProblem> found = new ArrayList<>();
    private final Position fallback;

    Problems(Position fallback) {
        this.fallback = fallback;
    }

    void add(Position at, String message) {
        found.add(new PrismaProblem(at == null ? fallback : at, message));
    }

    void add(PrismaException e) {
        found.addAll(e.problems());
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    void throwIfAny() throws PrismaException {
        if (!found.isEmpty()) {
            List<PrismaProblem> sorted = new ArrayList<>(found);
            sorted.sort(Comparator.comparing((PrismaProblem p) -> p.position().file())
                    .thenComparingInt(p -> p.position().line()).thenComparingInt(p -> p.position().column()));
            throw new PrismaException(sorted.stream().distinct().toList());
        }
    }

    /** The string value of an attribute's argument {@code name} (or its first positional one). */
    static Optional<String> text(Attribute attribute, String name, boolean positionalFirst) {
        return attribute.argument(name, positionalFirst)
                .filter(a -> a.value() instanceof Ast.Text)
                .map(a -> ((Ast.Text) a.value()).value());
    }
}
