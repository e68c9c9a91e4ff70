package dev.dbmirror.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandOptionsTest {

    @Test
    void onlyTheGivenParametersBecomeOptionsEachOneArgument() {
        CommandOptions options = new CommandOptions(null, "jdbc:postgresql://db:5432/shop", "app", null,
                List.of("public", "billing"), List.of("order*"), List.of("-old*", "*_tmp"), Path.of("/work/shop/db/schema/tables.json"), false);

        assertEquals(List.of("verify", "--url=jdbc:postgresql://db:5432/shop", "--user=app", "--schema=public",
                "--schema=billing", "--include=order*", "--exclude=-old*", "--exclude=*_tmp",
                "--mirror=/work/shop/db/schema/tables.json"), options.arguments("verify"));
        assertEquals(List.of("pull", "--password-env=CI_DB_PASSWORD"),
                new CommandOptions(null, null, " ", "CI_DB_PASSWORD", List.of(), List.of(), List.of(), null, false).arguments("pull"));
        assertEquals(List.of("verify", "--env=ci", "--verbose"),
                new CommandOptions("ci", null, null, null, List.of(), List.of(), List.of(), null, true).arguments("verify"));
    }

    @Test
    void aMessageThatNamesOptionsGetsTheParametersThatGiveThem() {
        assertEquals("no database given; pass --url jdbc:postgresql://host:5432/dbname\n"
                        + "In this goal --url is <url> (-Ddbmirror.url).",
                CommandOptions.withParameterNames("no database given; pass --url jdbc:postgresql://host:5432/dbname"));
        assertEquals("use --user or --mirror FILE, not --password-env\n"
                        + "In this goal --user is <user> (-Ddbmirror.user), --mirror is <mirror> (-Ddbmirror.mirror),"
                        + " --password-env is <passwordEnv> (-Ddbmirror.passwordEnv).",
                CommandOptions.withParameterNames("use --user or --mirror FILE, not --password-env"));
    }

    @Test
    void anEnvironmentMessageNamesEveryParameterItMentions() {
        assertEquals("--env ci names the database; drop --url, --user and --password-env, or drop --env\n"
                        + "In this goal --env is <env> (-Ddbmirror.env), --url is <url> (-Ddbmirror.url), --user is <user>"
                        + " (-Ddbmirror.user), --password-env is <passwordEnv> (-Ddbmirror.passwordEnv).",
                CommandOptions.withParameterNames("--env ci names the database; drop --url, --user and --password-env, or drop --env"));
    }

    @Test
    void aMessageWithoutOptionsIsLeftAsItIs() {
        String message = "cannot connect to the database: the host db-prod is unknown (--users and my--url are no options)";
        assertEquals(message, CommandOptions.withParameterNames(message));
    }
}
