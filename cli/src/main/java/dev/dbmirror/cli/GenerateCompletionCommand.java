package dev.dbmirror.cli;

import dev.dbmirror.cli.command.ExitCodes;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;

/** {@code dbmirror generate-completion}: a bash/zsh script that completes dbmirror's commands and options. */
@Command(name = "generate-completion",
        description = {"Print a bash/zsh completion script for dbmirror's commands and options.",
                "Load it into the current shell with: source <(dbmirror generate-completion)"},
        footer = {"", "Exit codes: 0 printed, 1 error."})
public final class GenerateCompletionCommand implements Callable<Integer> {

    private final Session session;

    public GenerateCompletionCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        session.out().print(AutoComplete.bash("dbmirror", DbMirror.commandLine(session, DbMirror.COMMANDS)));
        return ExitCodes.OK;
    }
}
