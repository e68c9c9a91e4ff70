package dev.dbmirror.rules;

import java.util.List;

/**
 * Builds a {@link DbMirrorRuleSet} for a layout other than the defaults; starts from {@link Layout#defaults()} and
 * {@link RuleDocs#defaults()}, not from {@code archunit.properties}.
 */
public final class DbMirrorRulesBuilder {

    private List<String> businessPackages = Layout.DEFAULT_BUSINESS_PACKAGES;
    private List<String> persistencePackages = Layout.DEFAULT_PERSISTENCE_PACKAGES;
    private String repositoryNamePattern = Layout.DEFAULT_REPOSITORY_PATTERN;
    private String docsUrl = RuleDocs.DEFAULT_BASE;

    DbMirrorRulesBuilder() {
    }

    /**
     * ArchUnit package patterns of business code, for example {@code "com.acme.core.."}; none (the default) means every
     * class outside the persistence layer.
     */
    public DbMirrorRulesBuilder businessPackages(String... patterns) {
        businessPackages = List.of(patterns);
        return this;
    }

    /** ArchUnit package patterns of the project's own persistence code, for example {@code "com.acme.db.."}. */
    public DbMirrorRulesBuilder persistencePackages(String... patterns) {
        persistencePackages = List.of(patterns);
        return this;
    }

    /** A regular expression over the fully qualified name of hand-written repository interfaces. */
    public DbMirrorRulesBuilder repositoryNamePattern(String regex) {
        repositoryNamePattern = regex;
        return this;
    }

    /** The address of dbmirror's {@code docs/} folder that violation messages link into (see {@link RuleDocs}). */
    public DbMirrorRulesBuilder docsUrl(String base) {
        docsUrl = base;
        return this;
    }

    public DbMirrorRuleSet build() {
        return new DbMirrorRuleSet(new Layout(businessPackages, persistencePackages, repositoryNamePattern), new RuleDocs(docsUrl));
    }
}
