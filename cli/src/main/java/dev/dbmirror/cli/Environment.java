package dev.dbmirror.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the commands read from outside the arguments: environment variables, the home directory and
 * the folder the command runs in.
 */
public interface Environment {

    /** The variable's value, or {@code null} when unset. */
    String variable(String name);

    Path home();

    /** Where the command runs: the empty path (the process's own folder) unless a test says otherwise. */
    default Path workingDirectory() {
        return Path.of("");
    }

    /** The process environment and {@code user.home}. */
    static Environment system() {
        return of(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Environment of(Map<String, String> variables, Path home) {
        return of(variables, home, Path.of(""));
    }

    static Environment of(Map<String, String> variables, Path home, Path workingDirectory) {
        Map<String, String> copy = Map.copyOf(variables);
        return new Environment() {
            @Override
            public String variable(String name) {
                return copy.get(name);
            }

            @Override
            public Path home() {
                return home;
            }

            @Override
            public Path workingDirectory() {
                return workingDirectory;
            }
        };
    }
}
