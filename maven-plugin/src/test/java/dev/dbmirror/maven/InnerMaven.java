package dev.dbmirror.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Maven distribution that runs this build on a test project, offline: the reactor's
 * dbmirror jars come from the repository that {@code invoker:install} filled, everything else
 * (compiler and resources plugins) from the user's own local repository, read-only, as a tail.
 */
final class InnerMaven {

    /** What the environment may carry that would point a build at a database, or give it a password. */
    private static final List<String> DATABASE_VARIABLES = List.of("DBMIRROR_PASSWORD", "PGPASSWORD", "PGHOST", "PGPORT",
            "PGDATABASE", "PGUSER", "PGSERVICE", "PGSERVICEFILE", "PGPASSFILE");

    private final Path project;
    private final Path logs;
    private final Map<String, String> variables;
    private int builds;

    InnerMaven(Path project, Path logs) {
        this(project, logs, Map.of());
    }

    /** With these environment variables, and none of the database variables of the environment this test runs in. */
    InnerMaven(Path project, Path logs, Map<String, String> variables) {
        this.project = project;
        this.logs = logs;
        this.variables = variables;
    }

    /** Runs {@code mvn <arguments>}, asserts that it succeeded and returns its output. */
    String run(String... arguments) throws IOException, InterruptedException {
        Build build = build(arguments);
        assertEquals(0, build.exitCode(), () -> "mvn " + String.join(" ", arguments) + " failed:\n" + build.output());
        return build.output();
    }

    /** Runs {@code mvn <arguments>}, asserts that it failed and returns its output. */
    String fail(String... arguments) throws IOException, InterruptedException {
        Build build = build(arguments);
        assertNotEquals(0, build.exitCode(), () -> "mvn " + String.join(" ", arguments) + " succeeded:\n" + build.output());
        return build.output();
    }

    private record Build(int exitCode, String output) {
    }

    private Build build(String... arguments) throws IOException, InterruptedException {
        Path log = logs.resolve("build-" + ++builds + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(property("dbmirror.it.mavenHome"), "bin", "mvn").toString(), "-B", "-o",
                "-Dmaven.repo.local=" + property("dbmirror.it.repository"),
                "-Dmaven.repo.local.tail=" + property("dbmirror.it.userRepository"),
                "-Ddbmirror.version=" + property("dbmirror.it.version"),
                "-Djspecify.version=" + property("dbmirror.it.jspecifyVersion")));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1");
        DATABASE_VARIABLES.forEach(builder.environment()::remove);
        builder.environment().putAll(variables);
        Process maven = builder.start();
        if (!maven.waitFor(3, TimeUnit.MINUTES)) {
            maven.destroyForcibly();
            throw new AssertionError("mvn " + String.join(" ", arguments) + " did not finish in 3 minutes; see " + log);
        }
        return new Build(maven.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run this test through failsafe (./mvnw verify)");
        }
        return value;
    }
}
