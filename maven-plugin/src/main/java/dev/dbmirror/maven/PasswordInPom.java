package dev.dbmirror.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Finds a password where dbmirror never reads one: a {@code <password>} in the plugin's
 * configuration (or the running execution's), or a {@code dbmirror.password} property ({@code -D} or the POM's
 * {@code <properties>}). Maven drops configuration that no goal parameter takes, so a password there
 * would otherwise be ignored without a word, and it is a secret committed with the POM. The message
 * says where the password is, never what it is.
 */
final class PasswordInPom {

    static final String PROPERTY = "dbmirror.password";
    private static final String ELEMENT = "password";
    private static final String WHERE_INSTEAD = "; dbmirror reads the password only from the environment:"
            + " remove it and set DBMIRROR_PASSWORD or PGPASSWORD (a secret of the CI system), or put it in ~/.pgpass";

    private PasswordInPom() {
    }

    /**
     * @param plugins     the plugin as the project's build and its plugin management declare it (either may be null)
     * @param executionId the running execution, e.g. {@code default-cli}
     * @param properties  user and project properties
     * @return the error message, when a password was given
     */
    static Optional<String> find(List<Plugin> plugins, String executionId, List<Properties> properties) {
        List<String> places = new ArrayList<>();
        for (Plugin plugin : plugins.stream().filter(Objects::nonNull).toList()) {
            // an execution's configuration already holds the plugin's own; a goal run from the command line has none
            PluginExecution execution = plugin.getExecutionsAsMap().get(executionId);
            Object configuration = execution != null ? execution.getConfiguration() : plugin.getConfiguration();
            if (configuration instanceof Xpp3Dom dom && dom.getChild(ELEMENT) != null) {
                places.add("a <" + ELEMENT + "> in the configuration of " + plugin.getArtifactId());
            }
        }
        if (properties.stream().anyMatch(p -> p.containsKey(PROPERTY))) {
            places.add("a property " + PROPERTY);
        }
        return places.isEmpty() ? Optional.empty()
                : Optional.of("dbmirror: a password is never taken from the build, but there is "
                        + String.join(" and ", places.stream().distinct().toList()) + WHERE_INSTEAD);
    }
}
