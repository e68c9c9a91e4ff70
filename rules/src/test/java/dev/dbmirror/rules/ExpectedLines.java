package dev.dbmirror.rules;

import java.util.Locale;

/** Violation lines as users read them, spelled out here rather than built by the code under test. */
final class ExpectedLines {

    private ExpectedLines() {
    }

    static String r1(String finding) {
        return line("DBM-R1 no-persistence-in-business", finding, "Move the persistence code behind a repository port"
                + " implemented in the persistence layer, so that business code sees only domain types.");
    }

    static String r2(String finding) {
        return line("DBM-R2 repositories-speak-domain", finding, "Declare the repository in domain types only and map"
                + " persistence types inside its implementation in the persistence layer.");
    }

    static String r3(String finding) {
        return line("DBM-R3 repositories-implemented-in-persistence", finding, "Move the implementation into a persistence"
                + " package (dbmirror.persistence.packages) and let business code depend on the interface only.");
    }

    static String r4(String finding) {
        return line("DBM-R4 connections-only-in-persistence", finding, "Open connections only in the persistence layer,"
                + " or add this package to dbmirror.persistence.packages if it belongs there.");
    }

    /** {@code [<id>] <finding>. Fix: <fix> See https://dbmirror.dev/docs/rules.md#<id in lower case, dashed>}. */
    private static String line(String id, String finding, String fix) {
        return "[" + id + "] " + finding + ". Fix: " + fix + " See https://dbmirror.dev/docs/rules.md#" + id.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
