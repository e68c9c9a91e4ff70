package dev.dbmirror.cli;

import java.nio.file.Path;
import java.util.Map;

/** What the commands read from outside the arguments: environment variables and the home directory. */
public interface Environment {

    /** The variable's value, or {@code null} when unset. */
    String variable(String name);

    Path home();

    /** The process environment and {@code user.home}. */
    static Environment system() {
        return of(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Environment of(Map<String, String> variables, Path home) {
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
        };
    }
}
