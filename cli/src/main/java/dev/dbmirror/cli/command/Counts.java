package dev.dbmirror.cli.command;

/** A count with its noun in singular or plural: {@code 1 relation}, {@code 2 relations}. */
final class Counts {

    private Counts() {
    }

    static String of(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
