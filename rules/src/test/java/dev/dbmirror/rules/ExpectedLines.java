package dev.dbmirror.rules;

/** Violation lines as users read them, spelled out here rather than built by the code under test. */
final class ExpectedLines {

    private ExpectedLines() {
    }

    static String r1(String finding) {
        return "[DBM-R1 no-persistence-in-business] " + finding + ". Fix: Move the persistence code behind a repository port"
                + " implemented in the persistence layer, so that business code sees only domain types."
                + " See docs/rules.md#dbm-r1-no-persistence-in-business";
    }

    static String r2(String finding) {
        return "[DBM-R2 repositories-speak-domain] " + finding + ". Fix: Declare the repository in domain types only and map"
                + " persistence types inside its implementation in the persistence layer."
                + " See docs/rules.md#dbm-r2-repositories-speak-domain";
    }

    static String r3(String finding) {
        return "[DBM-R3 repositories-implemented-in-persistence] " + finding + ". Fix: Move the implementation into a persistence"
                + " package (dbmirror.persistence.packages) and let business code depend on the interface only."
                + " See docs/rules.md#dbm-r3-repositories-implemented-in-persistence";
    }

    static String r4(String finding) {
        return "[DBM-R4 connections-only-in-persistence] " + finding + ". Fix: Open connections only in the persistence layer,"
                + " or add this package to dbmirror.persistence.packages if it belongs there."
                + " See docs/rules.md#dbm-r4-connections-only-in-persistence";
    }
}
