package dev.dbmirror.rules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import java.util.List;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The dbmirror rules for one {@link Layout}, their violations linking to {@link RuleDocs}. Descriptions start with the rule id and do not name the packages,
 * so that a {@code FreezingArchRule} store keeps its baseline when the layout changes.
 */
public final class DbMirrorRuleSet {

    private final ArchRule noPersistenceInBusiness;
    private final ArchRule repositoriesSpeakDomain;
    private final ArchRule repositoriesImplementedInPersistence;
    private final ArchRule connectionsOnlyInPersistence;

    public DbMirrorRuleSet(Layout layout, RuleDocs docs) {
        Layers layers = new Layers(layout);
        PersistenceTypes types = PersistenceTypes.withProjectPackages(layout.persistencePackages());

        // An empty business layer means nothing was imported or the package patterns match nothing: fail
        // (unless archunit.properties says otherwise).
        noPersistenceInBusiness = classes().that(layers.business())
                .should(DbMirrorConditions.dependOnNoPersistenceType(types, docs))
                .as(RuleId.NO_PERSISTENCE_IN_BUSINESS.id() + ": business classes should depend on no persistence type")
                .because("business code must not know how data is stored; the persistence layer maps rows to domain types");

        repositoriesSpeakDomain = classes().that(repositoryInterfaces(layers, layout.repositoryNamePattern()))
                .should(DbMirrorConditions.exposeOnlyDomainTypes(types, docs))
                .as(RuleId.REPOSITORIES_SPEAK_DOMAIN.id() + ": repository interfaces should expose only domain types")
                .because("repository interfaces are the ports between business code and persistence")
                .allowEmptyShould(true);

        repositoriesImplementedInPersistence = classes().that(GeneratedRepositories.implementations())
                .should(DbMirrorConditions.resideInPersistenceLayer(layout, docs))
                .as(RuleId.REPOSITORIES_IMPLEMENTED_IN_PERSISTENCE.id() + ": generated repositories should be implemented only in the persistence layer")
                .because("an implementation outside the persistence layer brings persistence code into business code")
                .allowEmptyShould(true);

        connectionsOnlyInPersistence = classes().that(layers.outsidePersistence())
                .should(DbMirrorConditions.openNoConnections(docs))
                .as(RuleId.CONNECTIONS_ONLY_IN_PERSISTENCE.id() + ": code outside the persistence layer should open no database connections")
                .because("connections are a persistence concern and a resource that the persistence layer manages")
                .allowEmptyShould(true);
    }

    /** Generated repositories wherever they are, and hand-written ones (by name) outside the persistence layer. */
    private static DescribedPredicate<JavaClass> repositoryInterfaces(Layers layers, String namePattern) {
        Pattern name = Pattern.compile(namePattern);
        return DescribedPredicate.describe("are repository interfaces", javaClass -> GeneratedRepositories.isGenerated(javaClass)
                || javaClass.isInterface() && !layers.isPersistence(javaClass) && name.matcher(javaClass.getName()).matches());
    }

    /** {@code DBM-R1}: business code depends on no persistence type, by any path. */
    public ArchRule noPersistenceInBusiness() {
        return noPersistenceInBusiness;
    }

    /** {@code DBM-R2}: repository interfaces expose only domain types in their signatures. */
    public ArchRule repositoriesSpeakDomain() {
        return repositoriesSpeakDomain;
    }

    /** {@code DBM-R3}: only the persistence layer implements the generated repositories. */
    public ArchRule repositoriesImplementedInPersistence() {
        return repositoriesImplementedInPersistence;
    }

    /** {@code DBM-R4}: no code outside the persistence layer opens a database connection. */
    public ArchRule connectionsOnlyInPersistence() {
        return connectionsOnlyInPersistence;
    }

    public List<ArchRule> list() {
        return List.of(noPersistenceInBusiness, repositoriesSpeakDomain, repositoriesImplementedInPersistence, connectionsOnlyInPersistence);
    }

    /** All four rules as one, for {@code @ArchTest static final ArchRule DBMIRROR = DbMirrorRules.configure()...build().all();}. */
    public ArchRule all() {
        return CompositeArchRule.of(list());
    }
}
