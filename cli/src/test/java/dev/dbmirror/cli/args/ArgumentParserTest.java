package dev.dbmirror.cli.args;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbmirror.schema.text.Suggestions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a command line is read against a spec, and the exact words of each usage error. */
class ArgumentParserTest {

    private static final Option URL = Option.value("--url", "JDBC_URL", "The URL.").asRequired();
    private static final Option SCHEMA = Option.value("--schema", "SCHEMA", "A schema.").asRepeatable();
    private static final Option MIRROR = Option.value("--mirror", "FILE", "The file.").withDefault("tables.json");
    private static final Option FORMAT = Option.value("--format", "text|json", "Format.").withChoices("text", "json");
    private static final Option QUIET = Option.flag("Quiet.", "-q", "--quiet");

    private static final CommandSpec PULL = CommandSpec.named("pull", "Pulls.")
            .withOptions(List.of(URL, SCHEMA, MIRROR, FORMAT, QUIET));
    private static final CommandSpec DIFF = CommandSpec.named("diff", "Diffs.")
            .withArguments("FILE", 2, "Files.")
            .withOptions(List.of(FORMAT));

    private static ParsedArguments parse(CommandSpec spec, String... args) throws UsageException {
        return ArgumentParser.parse(spec, List.of(args));
    }

    private static UsageException error(CommandSpec spec, String... args) {
        return assertThrows(UsageException.class, () -> parse(spec, args));
    }

    @Test
    void valuesInBothSpellingsRepeatedOptionsDefaultsAndFlags() throws Exception {
        ParsedArguments args = parse(PULL, "--url", "jdbc:h2:mem:a", "--schema=app", "--schema", "audit", "-q");
        assertEquals("jdbc:h2:mem:a", args.value(URL));
        assertEquals(List.of("app", "audit"), args.values(SCHEMA));
        assertEquals("tables.json", args.value(MIRROR));
        assertFalse(args.has(MIRROR));
        assertTrue(args.has(QUIET));
        assertNull(args.value(FORMAT));
        assertEquals(List.of(), args.arguments());
    }

    @Test
    void aValueMayContainAnEqualsSignOrStartWithADashAfterAnEqualsSign() throws Exception {
        assertEquals("jdbc:postgresql://h/db?ssl=true", parse(PULL, "--url=jdbc:postgresql://h/db?ssl=true").value(URL));
        assertEquals("-odd", parse(PULL, "--url=x", "--mirror=-odd").value(MIRROR));
        assertEquals("", parse(PULL, "--url=").value(URL));
    }

    @Test
    void positionalArgumentsAndTheEndOfOptions() throws Exception {
        assertEquals(List.of("a.json", "b.json"), parse(DIFF, "a.json", "--format", "json", "b.json").arguments());
        assertEquals(List.of("--format", "-"), parse(DIFF, "--", "--format", "-").arguments());
    }

    @Test
    void helpAndVersionNeedNoRequiredOption() throws Exception {
        assertTrue(parse(PULL, "--help").has(CommandSpec.HELP));
        assertTrue(parse(PULL, "-h").has(CommandSpec.HELP));
        assertTrue(parse(PULL, "-V").has(CommandSpec.VERSION));
    }

    @Test
    void usageErrorsSayWhatIsWrongAndSuggestTheLikelyOption() {
        assertEquals("missing required option --url=JDBC_URL", error(PULL).getMessage());

        UsageException typo = error(PULL, "--url=x", "--shema", "app");
        assertEquals("unknown option --shema for dbmirror pull", typo.getMessage());
        assertEquals("Did you mean --schema?", typo.hint());
        assertNull(error(PULL, "--url=x", "--completely-different").hint());

        assertEquals("option --url needs a value: --url=JDBC_URL", error(PULL, "--url").getMessage());
        assertEquals("option --url needs a value: --url=JDBC_URL", error(PULL, "--url", "--quiet").getMessage());
        assertEquals("option --url needs a value: --url=JDBC_URL", error(PULL, "--url", "-q").getMessage());
        assertEquals("option --mirror needs a value: --mirror=FILE", error(PULL, "--mirror", "--url=x").getMessage());
        assertEquals("option --quiet takes no value", error(PULL, "--url=x", "--quiet=yes").getMessage());
        assertEquals("option --url is given more than once", error(PULL, "--url=a", "--url", "b").getMessage());
        assertEquals("option --format must be text or json, not 'xml'", error(PULL, "--url=x", "--format=xml").getMessage());

        UsageException extra = error(PULL, "--url=x", "stray");
        assertEquals("unexpected argument 'stray'", extra.getMessage());
        assertEquals("dbmirror pull takes options only", extra.hint());
        assertEquals("dbmirror diff takes at most 2 FILE arguments", error(DIFF, "a", "b", "c").hint());
    }

    @Test
    void suggestionsAreForTyposNotForAnyWord() {
        List<String> commands = List.of("pull", "verify", "diff", "status");
        assertEquals(Optional.of("pull"), Suggestions.closest("pul", commands));
        assertEquals(Optional.of("status"), Suggestions.closest("stauts", commands));
        assertEquals(Optional.empty(), Suggestions.closest("generate", commands));
    }
}
