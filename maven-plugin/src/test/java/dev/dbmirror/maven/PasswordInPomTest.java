package dev.dbmirror.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

class PasswordInPomTest {

    private static final String SECRET = "s3cret";
    private static final String INSTEAD = "; dbmirror reads the password only from the environment: remove it and set"
            + " DBMIRROR_PASSWORD or PGPASSWORD (a secret of the CI system), or put it in ~/.pgpass";

    @Test
    void aPluginWithoutPasswordAndNoPropertyPass() {
        Plugin plugin = plugin(configuration("url", "jdbc:postgresql://db/shop"));
        plugin.addExecution(execution("drift", configuration("user", "app")));

        assertEquals(Optional.empty(), PasswordInPom.find(Arrays.asList(plugin, null), "drift", List.of(new Properties())));
    }

    @Test
    void aPasswordInThePluginsConfigurationIsFoundForAGoalRunFromTheCommandLine() {
        Plugin plugin = plugin(configuration("password", SECRET));

        assertEquals(Optional.of("dbmirror: a password is never taken from the build, but there is a <password> in the"
                + " configuration of dbmirror-maven-plugin" + INSTEAD), PasswordInPom.find(List.of(plugin), "default-cli", List.of()));
    }

    @Test
    void aPasswordInTheRunningExecutionIsFoundAnotherExecutionsIsNot() {
        Plugin plugin = plugin(null);
        plugin.addExecution(execution("drift", configuration("password", SECRET)));

        assertEquals(1, PasswordInPom.find(List.of(plugin), "drift", List.of()).stream().count());
        assertEquals(Optional.empty(), PasswordInPom.find(List.of(plugin), "default-cli", List.of()));
    }

    @Test
    void aPasswordPropertyIsFoundOnceAndItsValueIsNeverShown() {
        Properties user = new Properties();
        user.setProperty("dbmirror.password", SECRET);
        Plugin plugin = plugin(configuration("password", SECRET));

        String message = PasswordInPom.find(List.of(plugin, plugin), "default-cli", List.of(user, user)).orElseThrow();

        assertEquals("dbmirror: a password is never taken from the build, but there is a <password> in the configuration"
                + " of dbmirror-maven-plugin and a property dbmirror.password" + INSTEAD, message);
    }

    private static Plugin plugin(Xpp3Dom configuration) {
        Plugin plugin = new Plugin();
        plugin.setGroupId("dev.dbmirror");
        plugin.setArtifactId("dbmirror-maven-plugin");
        plugin.setConfiguration(configuration);
        return plugin;
    }

    private static PluginExecution execution(String id, Xpp3Dom configuration) {
        PluginExecution execution = new PluginExecution();
        execution.setId(id);
        execution.setConfiguration(configuration);
        return execution;
    }

    private static Xpp3Dom configuration(String name, String value) {
        Xpp3Dom configuration = new Xpp3Dom("configuration");
        Xpp3Dom child = new Xpp3Dom(name);
        child.setValue(value);
        configuration.addChild(child);
        return configuration;
    }
}
