package dev.dbmirror.rules;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dbmirror guard: ArchUnit rules that keep persistence types out of business code.
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.acme", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchTests DBMIRROR = ArchTests.in(DbMirrorRules.class);
 * }
 * }</pre>
 *
 * The constants follow {@code archunit.properties} ({@value Layout#BUSINESS_PACKAGES_KEY},
 * {@value Layout#PERSISTENCE_PACKAGES_KEY}, {@value Layout#REPOSITORY_PATTERN_KEY}, {@value RuleDocs#KEY}) as read when
 * this class loads; {@link #configure()} builds the same rules for any other layout. Documentation: {@code docs/rules.md}.
 */
public final class DbMirrorRules {

    private static final DbMirrorRuleSet CONFIGURED = new DbMirrorRuleSet(Layout.from(ArchConfiguration.get()), RuleDocs.from(ArchConfiguration.get()));

    /** {@code DBM-R1 no-persistence-in-business}. */
    @ArchTest
    public static final ArchRule NO_PERSISTENCE_IN_BUSINESS = CONFIGURED.noPersistenceInBusiness();

    /** {@code DBM-R2 repositories-speak-domain}. */
    @ArchTest
    public static final ArchRule REPOSITORIES_SPEAK_DOMAIN = CONFIGURED.repositoriesSpeakDomain();

    /** {@code DBM-R3 repositories-implemented-in-persistence}. */
    @ArchTest
    public static final ArchRule REPOSITORIES_IMPLEMENTED_IN_PERSISTENCE = CONFIGURED.repositoriesImplementedInPersistence();

    /** {@code DBM-R4 connections-only-in-persistence}. */
    @ArchTest
    public static final ArchRule CONNECTIONS_ONLY_IN_PERSISTENCE = CONFIGURED.connectionsOnlyInPersistence();

    private DbMirrorRules() {
    }

    /** Starts a rule set for another layout: {@code DbMirrorRules.configure().businessPackages("..core..").build()}. */
    public static DbMirrorRulesBuilder configure() {
        return new DbMirrorRulesBuilder();
    }
}
