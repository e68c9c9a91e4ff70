package dev.dbmirror.rules;

import java.util.Locale;

/** The stable identity of each dbmirror rule: its id, its slug, the fix for a violation and its documentation anchor. */
public enum RuleId {

    NO_PERSISTENCE_IN_BUSINESS("DBM-R1", "no-persistence-in-business",
            "Move the persistence code behind a repository port implemented in the persistence layer, so that business code sees only domain types."),
    REPOSITORIES_SPEAK_DOMAIN("DBM-R2", "repositories-speak-domain",
            "Declare the repository in domain types only and map persistence types inside its implementation in the persistence layer."),
    REPOSITORIES_IMPLEMENTED_IN_PERSISTENCE("DBM-R3", "repositories-implemented-in-persistence",
            "Move the implementation into a persistence package (dbmirror.persistence.packages) and let business code depend on the interface only."),
    CONNECTIONS_ONLY_IN_PERSISTENCE("DBM-R4", "connections-only-in-persistence",
            "Open connections only in the persistence layer, or add this package to dbmirror.persistence.packages if it belongs there.");

    private final String code;
    private final String slug;
    private final String fix;

    RuleId(String code, String slug, String fix) {
        this.code = code;
        this.slug = slug;
        this.fix = fix;
    }

    /** The id printed in descriptions and messages, for example {@code DBM-R1 no-persistence-in-business}. */
    public String id() {
        return code + " " + slug;
    }

    /** The anchor of this rule's section in {@code docs/rules.md}. */
    public String anchor() {
        return code.toLowerCase(Locale.ROOT) + "-" + slug;
    }

    /** The one-sentence fix that every violation of this rule carries. */
    public String fix() {
        return fix;
    }

    /** One violation line: id, the finding (subject, location, leaked type), the fix and the link to this rule's section. */
    public String violation(String finding, RuleDocs docs) {
        return "[" + id() + "] " + finding + ". Fix: " + fix + " See " + docs.link(this);
    }
}
