package dev.dbmirror.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Maven distribution that runs this build on a test project, offline: the reactor's
 * dbmirror jars come from the repository that {@code invoker:install} filled, everything else
 * (compiler and resources plugins) from the user's own local repository, read-only, as a tail.
 */
final class InnerMaven {

    private final Path project;
    private final Path logs;
    private int builds;

    InnerMaven(Path project, Path logs) {
        this.project = project;
        this.logs = logs;
    }

    /** Runs {@code mvn <arguments>}, asserts that it succeeded and returns its output. */
    String run(String... arguments) throws IOException, InterruptedException {
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
        Process maven = builder.start();
        if (!maven.waitFor(3, TimeUnit.MINUTES)) {
            maven.destroyForcibly();
            throw new AssertionError("mvn " + String.join(" ", arguments) + " did not finish in 3 minutes; see " + log);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, maven.exitValue(), () -> "mvn " + String.join(" ", arguments) + " failed:\n" + output);
        return output;
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run this test through failsafe (./mvnw verify)");
        }
        return value;
    }
}
