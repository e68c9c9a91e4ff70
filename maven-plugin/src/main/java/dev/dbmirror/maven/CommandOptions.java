package dev.dbmirror.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A goal's parameters as the command line's options. Only what is given becomes an option, so that
 * whatever is left open the command line settles as it does in a terminal ({@code PG*} variables,
 * the mirror found upward, the mirror's schemas).
 *
 * @param env          {@code <env>}, an environment of {@code db/config/db-environments.json}, or {@code null}
 * @param url          {@code <url>}, or {@code null}
 * @param user         {@code <user>}, or {@code null}
 * @param passwordEnv  {@code <passwordEnv>}, or {@code null}
 * @param schemas      {@code <schemas>}, possibly empty
 * @param includes     {@code <includes>}, possibly empty
 * @param excludes     {@code <excludes>}, possibly empty
 * @param mirror       {@code <mirror>} made absolute, or {@code null}
 * @param verbose      Maven's debug output is on ({@code -X}): the command adds the cause of a failure
 */
record CommandOptions(String env, String url, String user, String passwordEnv, List<String> schemas, List<String> includes,
        List<String> excludes, Path mirror, boolean verbose) {

    /** An option of the command line and the goal parameter that gives it. */
    private record Parameter(String option, String name, String property) {

        /** Whether a message names the option as a whole word ({@code --user}, not {@code --users}). */
        boolean namedIn(String message) {
            return Pattern.compile("(?<![\\w-])" + Pattern.quote(option) + "(?![\\w-])").matcher(message).find();
        }
    }

    private static final List<Parameter> PARAMETERS = List.of(
            new Parameter("--env", "env", "dbmirror.env"),
            new Parameter("--url", "url", "dbmirror.url"),
            new Parameter("--user", "user", "dbmirror.user"),
            new Parameter("--schema", "schemas", "dbmirror.schemas"),
            new Parameter("--include", "includes", "dbmirror.includes"),
            new Parameter("--exclude", "excludes", "dbmirror.excludes"),
            new Parameter("--mirror", "mirror", "dbmirror.mirror"),
            new Parameter("--password-env", "passwordEnv", "dbmirror.passwordEnv"));

    List<String> arguments(String command) {
        List<String> arguments = new ArrayList<>(List.of(command));
        add(arguments, "--env", env);
        add(arguments, "--url", url);
        add(arguments, "--user", user);
        add(arguments, "--password-env", passwordEnv);
        schemas.forEach(schema -> add(arguments, "--schema", schema));
        includes.forEach(glob -> add(arguments, "--include", glob));
        excludes.forEach(glob -> add(arguments, "--exclude", glob));
        if (mirror != null) {
            add(arguments, "--mirror", mirror.toString());
        }
        if (verbose) {
            arguments.add("--verbose");
        }
        return arguments;
    }

    /**
     * The command line's message, followed, when it names options of the command line, by the line
     * that says which goal parameters they are: a Maven user sets {@code <url>}, not {@code --url}.
     */
    static String withParameterNames(String message) {
        List<String> named = new ArrayList<>();
        for (Parameter parameter : PARAMETERS) {
            if (parameter.namedIn(message)) {
                named.add(parameter.option() + " is <" + parameter.name() + "> (-D" + parameter.property() + ")");
            }
        }
        return named.isEmpty() ? message : message + "\nIn this goal " + String.join(", ", named) + ".";
    }

    private static void add(List<String> arguments, String option, String value) {
        if (value != null && !value.isBlank()) {
            // one argument with "=", so that a value starting with "-" is never read as an option
            arguments.add(option + "=" + value);
        }
    }
}
