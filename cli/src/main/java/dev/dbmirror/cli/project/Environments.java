package dev.dbmirror.cli.project;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.Environment;
import dev.dbmirror.cli.connect.DatabaseUrl;
import dev.dbmirror.schema.text.Suggestions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's database environments, {@code db/config/db-environments.json}:
 * <pre>{"format": 1, "environments": [{"id": "dev", "description": "…",
 *   "url": "jdbc:postgresql://${DEV_DB_HOST}:5432/${DEV_DB_NAME}", "user": "${DEV_DB_USER}",
 *   "passwordEnv": "DEV_DB_PASSWORD", "permissions": ["migrations", "directQueries"]}]}</pre>
 * {@code url} and {@code user} are templates whose {@code ${VAR}} placeholders are filled from
 * environment variables; a password never goes into the file ({@code passwordEnv} names the
 * variable that holds it). The whole file is checked whenever one environment is used.
 */
public final class Environments {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final List<String> TOP_FIELDS = List.of("format", "environments");
    private static final List<String> FIELDS = List.of("id", "description", "url", "user", "passwordEnv", "permissions");

    private final Path file;

    private Environments(Path file) {
        this.file = file;
    }

    /**
     * The environment {@code id} with its placeholders filled from {@code env}, checked to allow {@code needed}.
     *
     * @throws CliException for a missing or broken file, an unknown id, an unset variable or a missing permission
     */
    public static DatabaseEnvironment resolve(Project project, String id, Permission needed, Environment env) {
        Path file = project.file(Project.ENVIRONMENTS);
        if (!Files.isRegularFile(file)) {
            throw new CliException("--env " + id + ": there is no " + file + "; run `dbmirror init` to create one with a dev"
                    + " environment, or connect with --url");
        }
        return new Environments(file).find(ConfigJson.read(file), id, needed, env);
    }

    private DatabaseEnvironment find(ConfigJson.Value root, String id, Permission needed, Environment env) {
        checkFields(root, TOP_FIELDS);
        root.field("format").ifPresent(format -> {
            if (!"1".equals(format.content())) {
                throw ConfigJson.problem(file, format, "unsupported format " + format.content() + "; this dbmirror reads format 1");
            }
        });
        ConfigJson.Value list = root.field("environments").orElseThrow(() -> ConfigJson.problem(file, root,
                "no \"environments\"; list them as \"environments\": [{\"id\": \"dev\", \"url\": \"jdbc:postgresql://…\"}]"));
        if (!list.isArray()) {
            throw ConfigJson.problem(file, list, "must be a list of environments");
        }
        List<String> ids = new ArrayList<>();
        ConfigJson.Value wanted = null;
        for (ConfigJson.Value item : list.items()) {
            String itemId = check(item, ids);
            if (itemId.equals(id)) {
                wanted = item;
            }
        }
        if (wanted == null) {
            throw new CliException("unknown environment \"" + id + "\""
                    + Suggestions.closest(id, ids).map(s -> " (did you mean \"" + s + "\"?)").orElse("") + "; " + file
                    + (ids.isEmpty() ? " lists none" : " has " + String.join(", ", ids)));
        }
        Set<Permission> permissions = permissions(wanted);
        if (!permissions.contains(needed)) {
            throw new CliException("environment " + id + " does not allow " + needed.words() + " (its permissions: "
                    + (permissions.isEmpty() ? "none" : String.join(", ", permissions.stream().map(Permission::json).toList()))
                    + "); " + needed.neededBy() + " \"" + needed.json() + "\" in its permissions in " + file);
        }
        String url = fill(wanted.field("url").orElseThrow(), id, env);
        if (DatabaseUrl.holdsPassword(url)) {
            throw new CliException("environment " + id + ": a variable of its url puts a password into the URL; keep the"
                    + " password in the variable named by \"passwordEnv\"");
        }
        String user = wanted.field("user").map(value -> fill(value, id, env)).orElse(null);
        String passwordVariable = wanted.field("passwordEnv").map(ConfigJson.Value::text).orElse(null);
        if (passwordVariable != null && env.variable(passwordVariable) == null) {
            throw new CliException("environment " + id + ": " + passwordVariable + " is not set; export it (the \"passwordEnv\" of "
                    + id + " in " + file + " names it as the variable holding the password)");
        }
        return new DatabaseEnvironment(id, url, user, passwordVariable);
    }

    /** Checks one environment of the list and returns its id. */
    private String check(ConfigJson.Value item, List<String> ids) {
        if (!item.isObject()) {
            throw ConfigJson.problem(file, item, "must be an environment: {\"id\": \"dev\", \"url\": \"jdbc:postgresql://…\"}");
        }
        checkFields(item, FIELDS);
        ConfigJson.Value id = required(item, "id");
        if (ids.contains(id.text())) {
            throw ConfigJson.problem(file, id, "environment \"" + id.text() + "\" is listed twice; give each its own id");
        }
        ids.add(id.text());
        item.field("description").ifPresent(this::string);
        ConfigJson.Value url = required(item, "url");
        if (DatabaseUrl.holdsPassword(url.text())) {
            throw ConfigJson.problem(file, url, "the URL template holds a password; remove it, and name the environment"
                    + " variable that holds it in \"passwordEnv\"");
        }
        placeholders(url);
        item.field("user").ifPresent(user -> placeholders(string(user)));
        item.field("passwordEnv").ifPresent(variable -> {
            if (!VARIABLE.matcher(string(variable).text()).matches()) {
                throw ConfigJson.problem(file, variable, "must be the name of an environment variable, e.g. DEV_DB_PASSWORD;"
                        + " the password itself never goes into this file");
            }
        });
        permissions(item);
        return id.text();
    }

    private void checkFields(ConfigJson.Value object, List<String> known) {
        for (String name : object.fields().keySet()) {
            ConfigJson.Value value = object.fields().get(name);
            if (name.toLowerCase(Locale.ROOT).contains("password") && !known.contains(name)) {
                throw ConfigJson.problem(file, value, "a password never goes into this file; name the environment variable"
                        + " that holds it in \"passwordEnv\"");
            }
            if (!known.contains(name)) {
                throw ConfigJson.problem(file, value, "unknown field \"" + name + "\""
                        + Suggestions.closest(name, known).map(s -> " (did you mean \"" + s + "\"?)").orElse("")
                        + "; the fields are " + String.join(", ", known));
            }
        }
    }

    private ConfigJson.Value required(ConfigJson.Value item, String name) {
        return string(item.field(name).orElseThrow(() -> ConfigJson.problem(file, item, "no \"" + name + "\"; every environment"
                + " has an id and a url")));
    }

    private ConfigJson.Value string(ConfigJson.Value value) {
        if (!value.isString() || value.text().isBlank()) {
            throw ConfigJson.problem(file, value, "must be a text");
        }
        return value;
    }

    /** Every {@code $} of a template must start a {@code ${VAR}} placeholder. */
    private void placeholders(ConfigJson.Value template) {
        String rest = PLACEHOLDER.matcher(template.text()).replaceAll("");
        if (rest.contains("$")) {
            throw ConfigJson.problem(file, template, "a \"$\" that starts no placeholder; write variables as ${NAME}"
                    + " (letters, digits and _)");
        }
    }

    private Set<Permission> permissions(ConfigJson.Value item) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        ConfigJson.Value list = item.field("permissions").orElse(null);
        if (list == null) {
            return permissions;
        }
        List<String> words = Arrays.stream(Permission.values()).map(Permission::json).toList();
        if (!list.isArray()) {
            throw ConfigJson.problem(file, list, "must be a list such as [\"migrations\", \"directQueries\"]");
        }
        for (ConfigJson.Value value : list.items()) {
            Permission permission = value.isString() ? Permission.fromJson(value.text()).orElse(null) : null;
            if (permission == null) {
                String text = value.isString() ? value.text() : String.valueOf(value.content());
                throw ConfigJson.problem(file, value, "unknown permission \"" + text + "\""
                        + Suggestions.closest(text, words).map(s -> " (did you mean \"" + s + "\"?)").orElse("")
                        + "; use migrations or directQueries");
            }
            permissions.add(permission);
        }
        return permissions;
    }

    /** The template with each {@code ${VAR}} replaced by the variable's value. */
    private String fill(ConfigJson.Value template, String id, Environment env) {
        Matcher placeholder = PLACEHOLDER.matcher(template.text());
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String value = env.variable(placeholder.group(1));
            if (value == null) {
                throw new CliException("environment " + id + ": " + placeholder.group(1) + " is not set; export it (the "
                        + template.path().substring(template.path().lastIndexOf('.') + 1) + " of " + id + " in " + file
                        + " uses ${" + placeholder.group(1) + "})");
            }
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(out);
        return out.toString();
    }
}
