package dev.dbmirror.cli.command;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.Session;
import dev.dbmirror.cli.project.Permission;
import dev.dbmirror.cli.project.Project;
import dev.dbmirror.cli.report.Counts;
import dev.dbmirror.schema.io.FileSet;
import dev.dbmirror.schema.migrate.MigrationPlan;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.model.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dbmirror migration}: the SQL that gives the live database what the mirror has (repository mode). */
@Command(name = "migration",
        description = {"Compare the mirror (what is wanted) with the live database and write the PostgreSQL migration"
                + " between them to db/migrations/V<yyyyMMddHHmmss>__<name>.sql, named as Flyway applies it"
                + " (repository mode only). It reads the database and changes nothing in it.",
                "Destructive statements (dropping a table or column, narrowing a type, adding NOT NULL) are written"
                        + " commented out with a warning unless --allow-destructive."},
        footer = {"", "Exit codes: 0 written, or no difference (no file), 1 error (no file written)."})
public final class MigrationCommand extends LiveDatabaseCommand {

    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    @Option(names = "--name", required = true, paramLabel = "NAME",
            description = "What the migration does, e.g. add-user-roles (the file's name: V…__add_user_roles.sql).")
    String name;

    @Option(names = "--allow-destructive", description = "Write destructive statements as statements, not as comments.")
    boolean allowDestructive;

    @Option(names = "--out", paramLabel = "DIR",
            description = "The folder of the migrations (default: " + Project.MIGRATIONS + " of the project).")
    Path out;

    public MigrationCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        ModeCheck.requireRepositoryMode(session, "migration writes the database's changes from the mirror");
        String slug = slug(name);
        Path file = mirror.forReading(session.environment());
        Mirror desired = MirrorOption.load(file);
        Path folder = out != null ? out : Project.find(session.environment().workingDirectory()).file(Project.MIGRATIONS);
        OutputFolder.requireFolderOrNothing(folder, "--out");
        Mirror live = connection.read(session, output.progress(session), schemas(desired), Permission.MIGRATIONS, true);
        if (!"postgresql".equals(live.source().dialect())) {
            throw new CliException("migration writes PostgreSQL, but the database is " + live.source().dialect()
                    + "; connect to a PostgreSQL database");
        }
        MigrationPlan plan = MigrationPlan.between(desired, live);
        if (plan.isEmpty()) {
            if (output.json()) {
                session.out().print(JsonLine.of(json -> {
                    json.writeNullField("migration");
                    json.writeBooleanField("written", false);
                    JsonLine.strings(json, "files", List.of());
                }));
            } else if (!output.quiet) {
                session.out().println("no difference: the database has what " + file + " has; no migration written");
            }
            return ExitCodes.OK;
        }
        String version = VERSION.format(ZonedDateTime.now(ZoneOffset.UTC));
        List<MigrationPlan> parts = plan.files();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            // two files when new enum labels must be committed before they are used: V<time>.1, V<time>.2
            String name = parts.size() == 1 ? "V" + version + "__" + slug + ".sql"
                    : "V" + version + "." + (i + 1) + "__" + slug + (i == 0 ? "_enum_labels" : "") + ".sql";
            files.put(name, parts.get(i).script(file.toString(), allowDestructive).getBytes(StandardCharsets.UTF_8));
        }
        write(folder, files);
        report(files.keySet().stream().map(folder::resolve).toList(), plan);
        return ExitCodes.OK;
    }

    /** The mirror's schemas and those of its objects, in that order; one the database lacks is created by the migration. */
    private static List<String> schemas(Mirror desired) {
        Set<String> schemas = new LinkedHashSet<>(desired.source().schemas());
        desired.tables().stream().map(Table::schema).forEach(schemas::add);
        desired.enums().forEach(e -> schemas.add(e.schema()));
        desired.domains().forEach(d -> schemas.add(d.schema()));
        return List.copyOf(schemas);
    }

    /** All the files or none. */
    private static void write(Path folder, Map<String, byte[]> files) {
        for (String name : files.keySet()) {
            if (Files.exists(folder.resolve(name))) {
                throw new CliException(folder.resolve(name) + " exists already; run the command again in a second (the"
                        + " version is the time)");
            }
        }
        try {
            Files.createDirectories(folder);
            FileSet.write(folder, files, List.of());
        } catch (IOException e) {
            throw new CliException(FileProblems.cannotWrite(folder, e));
        }
    }

    private void report(List<Path> targets, MigrationPlan plan) {
        long destructive = plan.destructiveCount();
        long manual = plan.manualCount();
        long statements = plan.steps().size() - manual;
        if (output.json()) {
            session.out().print(JsonLine.of(json -> {
                json.writeStringField("migration", targets.get(targets.size() - 1).toString());
                json.writeBooleanField("written", true);
                JsonLine.strings(json, "files", targets.stream().map(Path::toString).toList());
                json.writeNumberField("statements", statements);
                json.writeNumberField("destructive", destructive);
                json.writeBooleanField("destructiveWritten", allowDestructive);
                json.writeNumberField("manual", manual);
            }));
            return;
        }
        if (!output.quiet) {
            session.out().println("wrote " + targets.stream().map(Path::toString).collect(Collectors.joining(" and ")) + ": "
                    + Counts.of((int) statements, "statement"));
        }
        if (destructive > 0) {
            session.err().println("warning: " + Counts.of((int) destructive, "destructive statement")
                    + (allowDestructive ? " written (--allow-destructive); review before applying"
                    : (destructive == 1 ? " is" : " are") + " commented out; run by hand or generate again with --allow-destructive"));
        }
        if (manual > 0) {
            session.err().println("warning: " + Counts.of((int) manual, "change") + " the mirror cannot express as SQL;"
                    + " see the TO DO lines of the file");
        }
    }

    /** {@code add-user-roles} → {@code add_user_roles}: what Flyway takes as a description. */
    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.isEmpty()) {
            throw new CliException("--name needs letters or digits, e.g. --name add-user-roles");
        }
        return slug;
    }
}
