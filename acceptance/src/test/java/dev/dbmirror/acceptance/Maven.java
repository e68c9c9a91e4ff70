package dev.dbmirror.acceptance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The two Mavens a user project is built with, without network: the one that runs this build (the wrapper's) and
 * Maven 3.8, which Debian and Ubuntu ship and whose defaults for an empty project are old (compiler 3.1, Surefire 2.12.4).
 * The reactor's dbmirror jars come from {@code target/it-repo}, which {@code invoker:install} filled; everything
 * else from the user's local repository, which this build has just used: the wrapper's Maven reads it as a
 * read-only tail, Maven 3.8 (which has no tail) as a file repository that mirrors every remote one.
 */
enum Maven {

    WRAPPER("dbmirror.it.mavenHome") {
        @Override
        List<String> repositoryOptions() {
            return List.of("-o", "-Dmaven.repo.local=" + property("dbmirror.it.repository"),
                    "-Dmaven.repo.local.tail=" + property("dbmirror.it.userRepository"));
        }
    },

    MAVEN_38("dbmirror.it.maven38Home") {
        @Override
        List<String> repositoryOptions() throws IOException {
            Path settings = Path.of(property("dbmirror.it.repository")).resolveSibling("maven38-settings.xml");
            Files.writeString(settings, """
                    <settings>
                      <mirrors>
                        <mirror>
                          <id>user-repository</id>
                          <mirrorOf>*</mirrorOf>
                          <url>%s</url>
                        </mirror>
                      </mirrors>
                    </settings>
                    """.formatted(Path.of(property("dbmirror.it.userRepository")).toUri()), StandardCharsets.UTF_8);
            // -U: a lookup that failed in an earlier run is not remembered as a failure
            return List.of("-U", "-s", settings.toString(), "-Dmaven.repo.local=" + property("dbmirror.it.repository"));
        }
    };

    /** What one build printed and how it ended. */
    record Result(int exitCode, String output) {
    }

    private final String homeProperty;

    Maven(String homeProperty) {
        this.homeProperty = homeProperty;
    }

    abstract List<String> repositoryOptions() throws IOException;

    /**
     * {@code mvn} with the options that make it build offline against the repositories above, and with test JVMs that
     * start fast (ArchUnit's class import takes a third of the time with the client compiler only); the snippets set
     * no {@code argLine}.
     */
    List<String> command() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(property(homeProperty), "bin", "mvn").toString());
        command.add("-B");
        command.addAll(repositoryOptions());
        command.add("-DargLine=-XX:TieredStopAtLevel=1");
        return command;
    }

    /** Runs {@code mvn <arguments>} in a directory, its output in {@code log}; a failed build is a result too. */
    Result run(Path directory, Path log, String... arguments) throws IOException, InterruptedException {
        List<String> command = command();
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        environment(builder);
        Process maven = builder.start();
        if (!maven.waitFor(5, TimeUnit.MINUTES)) {
            maven.destroyForcibly();
            throw new AssertionError(this + ": mvn " + String.join(" ", arguments) + " did not finish in 5 minutes; see " + log);
        }
        return new Result(maven.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** The JDK that runs this test, and a Maven JVM that starts fast (it runs briefly). */
    static void environment(ProcessBuilder builder) {
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1");
    }

    static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run this test through failsafe (./mvnw verify)");
        }
        return value;
    }
}
