package dev.dbmirror.cli.command;

import dev.dbmirror.cli.CliException;
import dev.dbmirror.cli.Session;
import dev.dbmirror.schema.model.Mirror;
import dev.dbmirror.schema.prisma.PrismaException;
import dev.dbmirror.schema.prisma.PrismaImport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dbmirror import-prisma}: the mirror of the PostgreSQL database that Prisma would create from a schema. */
@Command(name = "import-prisma",
        description = "Write the mirror of the PostgreSQL database a Prisma schema describes, as Prisma's own"
                + " migration would create it (canonical, atomic). No database is needed.",
        footer = {"", "Exit codes: 0 written or already up to date, 1 error: each problem of the schema is"
                + " located by file, line and column, and the mirror is left as it was."})
public final class ImportPrismaCommand implements Callable<Integer> {

    static final String DEFAULT_FILE = "prisma/schema.prisma";
    static final String DEFAULT_FOLDER = "prisma/schema";

    private final Session session;

    @Parameters(arity = "0..1", paramLabel = "PATH",
            description = "A .prisma file, or a folder whose .prisma files form one schema (default: "
                    + DEFAULT_FILE + ", else the folder " + DEFAULT_FOLDER + ").")
    Path path;

    @Mixin
    MirrorOption mirror;

    @Mixin
    OutputOptions output;

    public ImportPrismaCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Path schema = path != null ? path
                : !Files.exists(Path.of(DEFAULT_FILE)) && Files.isDirectory(Path.of(DEFAULT_FOLDER))
                ? Path.of(DEFAULT_FOLDER) : Path.of(DEFAULT_FILE);
        Mirror imported;
        try {
            imported = PrismaImport.fromPath(schema);
        } catch (PrismaException e) {
            throw new CliException(e.getMessage());
        }
        MirrorOption.save(mirror.forWriting(session.environment()), imported, session, output, " from " + schema);
        return ExitCodes.OK;
    }
}
