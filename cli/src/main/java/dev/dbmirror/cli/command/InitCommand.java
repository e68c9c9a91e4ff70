package dev.dbmirror.cli.command;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.Session;
import dev.dbmirror.cli.project.Mode;
import dev.dbmirror.cli.project.Project;
import dev.dbmirror.cli.project.Settings;
import dev.dbmirror.cli.project.StarterFiles;
import dev.dbmirror.schema.io.FileSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dbmirror init}: the project's {@code db/} folder, created without touching what is there. */
@Command(name = "init",
        description = {"Create the project's db/ folder in the folder it runs in, keeping every file that exists.",
                "It holds db/schema/tables.json (an empty mirror), db/migrations/, db/config/dbmirror.json (the mode),"
                        + " db/config/db-environments.json (a dev environment as an example) and db/AGENTS.md"
                        + " (a guide for coding assistants)."},
        footer = {"", "Exit codes: 0 created or already there, 1 error (nothing was created)."})
public final class InitCommand implements Callable<Integer> {

    private final Session session;

    @Option(names = "--mode", paramLabel = "database|repository", defaultValue = "database",
            converter = ModeConverter.class,
            description = "The source of truth: database (change the database, then pull) or repository (change"
                    + " the mirror, then generate a migration); default: ${DEFAULT-VALUE}.")
    Mode mode;

    @Mixin
    OutputOptions output;

    public InitCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Path root = session.environment().workingDirectory();
        Map<String, byte[]> missing = new LinkedHashMap<>();
        List<String> created = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : StarterFiles.of(mode).entrySet()) {
            if (Files.exists(root.resolve(file.getKey()))) {
                kept.add(file.getKey());
            } else {
                missing.put(file.getKey(), file.getValue());
            }
        }
        boolean migrationsThere = Files.isDirectory(root.resolve(Project.MIGRATIONS));
        try {
            for (String file : missing.keySet()) {
                Files.createDirectories(root.resolve(file).getParent());
            }
            created.addAll(FileSet.write(root, missing, List.of()).written());
            Files.createDirectories(root.resolve(Project.MIGRATIONS));
        } catch (IOException e) {
            throw new CliException(FileProblems.cannotWrite(root.resolve("db"), e));
        }
        (migrationsThere ? kept : created).add(Project.MIGRATIONS + "/");
        String modeNote = modeNote(root, kept);
        if (output.json()) {
            session.out().print(JsonLine.of(json -> {
                JsonLine.strings(json, "created", created);
                JsonLine.strings(json, "kept", kept);
                json.writeStringField("mode", Settings.of(new Project(root)).mode().json());
            }));
        } else if (!output.quiet) {
            created.forEach(file -> session.out().println("created " + file));
            kept.forEach(file -> session.out().println("kept " + file + " (it exists)"));
            if (modeNote != null) {
                session.out().println(modeNote);
            }
        }
        return ExitCodes.OK;
    }

    /** When the settings file was kept with another mode than {@code --mode}: which mode applies and how to change it. */
    private String modeNote(Path root, List<String> kept) {
        if (!kept.contains(Project.SETTINGS)) {
            return null;
        }
        Mode existing = Settings.of(new Project(root)).mode();
        return existing == mode ? null : "note: " + Project.SETTINGS + " keeps mode " + existing.json()
                + "; edit its \"mode\" to change it";
    }
}
