package dev.dbmirror.cli.command;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.Session;
import dev.dbmirror.schema.diff.MirrorDiff;
import dev.dbmirror.schema.io.MirrorException;
import dev.dbmirror.schema.io.Mirrors;
import dev.dbmirror.schema.model.Mirror;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dbmirror diff}: what changed between two mirrors, or between a git revision of the mirror and the file. */
@Command(name = "diff",
        description = "Show what changed between two mirror files: dbmirror diff OLD NEW, or between a git revision"
                + " of a mirror and the file: dbmirror diff --git REV [FILE].",
        footer = {"", "Exit codes: 0 no difference, 1 error, 2 differences found."})
public final class DiffCommand implements Callable<Integer> {

    private static final long GIT_TIMEOUT_SECONDS = 60;

    private final Session session;

    @Parameters(arity = "0..2", paramLabel = "FILE",
            description = "OLD and NEW mirror files; with --git, the one file to compare (default: " + MirrorOption.DEFAULT
                    + " here or in the nearest folder above that has one).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--git", paramLabel = "REV", description = "Compare FILE as of this git revision (e.g. HEAD, main~1) with FILE now.")
    String revision;

    @Mixin
    OutputOptions output;

    public DiffCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Mirror before;
        Mirror after;
        if (revision != null) {
            if (files.size() > 1) {
                throw new CliException("with --git give at most one FILE, the mirror to compare with its revision " + revision);
            }
            Path file = files.isEmpty() ? MirrorOption.nearestOrFail(session.environment().workingDirectory()) : files.get(0);
            before = atRevision(revision, file);
            after = MirrorOption.load(file);
        } else {
            if (files.size() != 2) {
                throw new CliException("give two mirror files (dbmirror diff OLD NEW) or --git REV [FILE]");
            }
            before = MirrorOption.load(files.get(0));
            after = MirrorOption.load(files.get(1));
        }
        MirrorDiff diff = MirrorDiff.between(before, after);
        session.out().print(output.render(diff));
        return diff.isEmpty() ? ExitCodes.OK : ExitCodes.DIFFERENT;
    }

    /** The mirror as committed at {@code revision}, read with {@code git show REV:./FILE} in the file's folder. */
    private static Mirror atRevision(String revision, Path file) {
        Path absolute = file.toAbsolutePath();
        String name = revision + ":" + file;
        try {
            Process git = new ProcessBuilder("git", "-C", absolute.getParent().toString(), "show",
                    revision + ":./" + absolute.getFileName())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            byte[] bytes = git.getInputStream().readAllBytes();
            if (!git.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS) || git.exitValue() != 0) {
                throw new CliException("git has no " + file + " at revision " + revision
                        + "; check the revision and that the file was committed there");
            }
            return Mirrors.read(bytes, name).mirror();
        } catch (IOException e) {
            throw new CliException("cannot run git: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted while running git");
        } catch (MirrorException e) {
            throw new CliException(e.getMessage());
        }
    }
}
