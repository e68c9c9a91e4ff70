package dev.dbmirror.rules;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** Reports each use of a persistence type in a class, one violation line per leak, worded for one rule. */
final class LeakCondition extends ArchCondition<JavaClass> {

    private final RuleId rule;
    private final String verb;
    private final PersistenceTypes types;
    private final boolean scanBodies;
    private final RuleDocs docs;

    private LeakCondition(String description, RuleId rule, String verb, PersistenceTypes types, boolean scanBodies, RuleDocs docs) {
        super(description);
        this.rule = rule;
        this.verb = verb;
        this.types = types;
        this.scanBodies = scanBodies;
        this.docs = docs;
    }

    /** Every path: declarations and what the code does. */
    static LeakCondition anywhere(PersistenceTypes types, RuleDocs docs) {
        return new LeakCondition("depend on no persistence type", RuleId.NO_PERSISTENCE_IN_BUSINESS, "leaks", types, true, docs);
    }

    /** Declarations only: what callers of the class can see. */
    static LeakCondition inSignatures(PersistenceTypes types, RuleDocs docs) {
        return new LeakCondition("expose only domain types in their signatures", RuleId.REPOSITORIES_SPEAK_DOMAIN, "exposes", types, false, docs);
    }

    @Override
    public void check(JavaClass javaClass, ConditionEvents events) {
        LeakCollector collector = new LeakCollector(types::contains);
        new SignatureLeaks(collector).scan(javaClass);
        if (scanBodies) {
            new BodyLeaks(collector).scan(javaClass);
        }
        for (Leak leak : collector.leaks()) {
            events.add(SimpleConditionEvent.violated(javaClass, rule.violation(leak.describe(verb), docs)));
        }
    }
}
