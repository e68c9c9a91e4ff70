package dev.dbmirror.cli;

import dev.dbmirror.cli.command.AddTableCommand;
import dev.dbmirror.cli.command.ContextCommand;
import dev.dbmirror.cli.command.DiffCommand;
import dev.dbmirror.cli.command.DocsCommand;
import dev.dbmirror.cli.command.ExitCodes;
import dev.dbmirror.cli.command.ImportPrismaCommand;
import dev.dbmirror.cli.command.InitCommand;
import dev.dbmirror.cli.command.ListCommand;
import dev.dbmirror.cli.command.MigrationCommand;
import dev.dbmirror.cli.command.PullCommand;
import dev.dbmirror.cli.command.StatusCommand;
import dev.dbmirror.cli.command.VerifyCommand;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code dbmirror} command: the list of its commands, and what every command shares — help and
 * version options, the layout of the help, how a usage error and a failure are reported.
 */
@Command(name = "dbmirror", synopsisSubcommandLabel = "COMMAND",
        description = "Keep a committed, deterministic mirror of a database schema (tables.json).",
        footer = {"", "Run `dbmirror COMMAND --help` for the options of a command.",
                "Exit codes: 0 done / in sync, 1 error, 2 drift or difference found."})
public final class DbMirror implements Callable<Integer> {

    /**
     * Every command, in the order the help lists them. A new command is one {@code @Command} class
     * (taking the {@link Session} in its constructor if it needs it), added here.
     */
    static final List<Class<?>> COMMANDS = List.of(PullCommand.class, VerifyCommand.class, DiffCommand.class,
            StatusCommand.class, InitCommand.class, ListCommand.class, AddTableCommand.class, MigrationCommand.class, ImportPrismaCommand.class, DocsCommand.class,
            ContextCommand.class, GenerateCompletionCommand.class);

    @Spec
    private CommandSpec spec;

    /** Runs one command line and returns its exit code; never calls {@code System.exit}. */
    public static int run(String[] args, Session session) {
        // picocli reads a command's annotations when the command is added, which a short run notices:
        // a line that names a command gets only that one; anything else (help, a typo) gets them all
        Class<?> named = args.length == 0 ? null : command(args[0]);
        int code = commandLine(session, named == null ? COMMANDS : List.of(named)).execute(args);
        session.out().flush();
        session.err().flush();
        return code;
    }

    /** The {@code dbmirror} command line with these commands, ready to execute. */
    static CommandLine commandLine(Session session, List<Class<?>> commands) {
        CommandLine root = new CommandLine(new DbMirror(), new SessionFactory(session));
        for (Class<?> command : commands) {
            root.addSubcommand(command);
        }
        shareSettings(root);
        return root.setOut(session.out())
                .setErr(session.err())
                .setParameterExceptionHandler(new UsageErrors())
                .setExecutionExceptionHandler(new Failures());
    }

    /** Without a command: the help on stderr, and an error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.ERROR;
    }

    private static Class<?> command(String name) {
        for (Class<?> command : COMMANDS) {
            if (command.getAnnotation(Command.class).name().equals(name)) {
                return command;
            }
        }
        return null;
    }

    /** What every command has alike: {@code --help}, {@code --version}, the headings and order of its help. */
    private static void shareSettings(CommandLine command) {
        command.addMixin("help", new HelpOptions());
        command.getCommandSpec().versionProvider(new BuildVersion());
        command.getCommandSpec().usageMessage()
                .parameterListHeading("%nArguments:%n")
                .optionListHeading("%nOptions:%n")
                .commandListHeading("%nCommands:%n")
                .sortOptions(false)
                .sortSynopsis(false);
        for (CommandLine sub : command.getSubcommands().values()) {
            shareSettings(sub);
        }
    }

    /** Creates commands and mixins; those with a {@link Session} constructor get the run's session. */
    private record SessionFactory(Session session) implements CommandLine.IFactory {

        @Override
        public <K> K create(Class<K> type) throws Exception {
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == Session.class) {
                    return type.cast(constructor.newInstance(session));
                }
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
