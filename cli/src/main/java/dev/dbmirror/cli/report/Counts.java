package dev.dbmirror.cli.report;

/** A count with its noun in singular or plural: {@code 1 relation}, {@code 2 relations}. */
public final class Counts {

    private Counts() {
    }

    public static String of(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
