package dev.dbmirror.rules.bench;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.dbmirror.rules.DbMirrorRuleSet;
import dev.dbmirror.rules.DbMirrorRules;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures ArchUnit's import of a synthetic codebase against evaluating all dbmirror rules on it, in CPU time.
 * Run by {@code rules/bench/run.sh}; arguments: work folder, class count, measured rounds.
 */
public final class RulesBenchmark {

    private static final int WARM_UP_ROUNDS = 2;

    private RulesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int classCount = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);

        SyntheticCodebase codebase = new SyntheticCodebase(work);
        long generation = System.nanoTime();
        codebase.ensure(classCount, System.getProperty("java.class.path"));
        System.out.printf("codebase: %d classes in %s (ready in %d s)%n", classCount, codebase.classes(), (System.nanoTime() - generation) / 1_000_000_000);

        List<Long> imports = new ArrayList<>();
        List<Long> evaluations = new ArrayList<>();
        for (int round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
            System.gc();
            long start = cpuTime();
            JavaClasses classes = new ClassFileImporter().importPath(codebase.classes());
            long imported = cpuTime();
            int violations = evaluateAll(classes);
            long evaluated = cpuTime();
            System.out.printf("round %d%s: import %d ms, rules %d ms (%.1f%%), %d classes, %d violation lines%n", round + 1,
                    round < WARM_UP_ROUNDS ? " (warm-up)" : "", millis(imported - start), millis(evaluated - imported),
                    100.0 * (evaluated - imported) / (imported - start), classes.size(), violations);
            if (round >= WARM_UP_ROUNDS) {
                imports.add(imported - start);
                evaluations.add(evaluated - imported);
            }
        }
        long importMedian = median(imports);
        long rulesMedian = median(evaluations);
        System.out.printf("median over %d rounds (CPU time of the benchmark thread): import %d ms, rules %d ms, rules/import %.1f%%%n",
                rounds, millis(importMedian), millis(rulesMedian), 100.0 * rulesMedian / importMedian);
    }

    /** A fresh rule set each round, so that no cache outlives the round it was built in. */
    private static int evaluateAll(JavaClasses classes) {
        DbMirrorRuleSet rules = DbMirrorRules.configure().build();
        int violations = 0;
        StringBuilder perRule = new StringBuilder("  per rule:");
        for (ArchRule rule : rules.list()) {
            long start = cpuTime();
            violations += rule.evaluate(classes).getFailureReport().getDetails().size();
            perRule.append(' ').append(rule.getDescription(), 0, 6).append(' ').append(millis(cpuTime() - start)).append(" ms");
        }
        System.out.println(perRule);
        return violations;
    }

    /**
     * CPU time of this thread: import and rules both run on it, and unlike wall-clock time it does not count
     * the time other processes on a shared machine take from it.
     */
    private static long cpuTime() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
