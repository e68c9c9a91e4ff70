package dev.dbmirror.processor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Wall time per stage and the thread's CPU time since creation, for the {@code -Adbmirror.timing} note. */
final class StageTimes {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final long start = System.nanoTime();
    private final long startCpu = CPU.getCurrentThreadCpuTime();
    private final List<String> stages = new ArrayList<>();
    private long stageStart = start;

    /** Ends the current stage, named {@code stage}, and starts the next. */
    void end(String stage) {
        long now = System.nanoTime();
        stages.add(stage + " " + millis(stageStart, now) + " ms");
        stageStart = now;
    }

    /** {@code 812 ms, 640 ms CPU (locate 3 ms, …)}: the total until the last stage ended, then each stage. */
    String summary() {
        return String.format(Locale.ROOT, "%d ms, %d ms CPU (%s)", millis(start, stageStart),
                millis(startCpu, CPU.getCurrentThreadCpuTime()), String.join(", ", stages));
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
