package io.reeldrop.cli;

import io.reeldrop.session.Session;
import io.reeldrop.tracking.TrackedTask;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "pause", mixinStandardHelpOptions = true,
        description = "Pauses a waiting upload (it stays paused across restarts until 'resume').")
final class PauseCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Parameters(paramLabel = "TASK", description = "Local id, or a unique prefix of it (see 'list').")
    String task;

    private final Cli cli;

    PauseCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (Session session = cli.open(global)) {
            TrackedTask found = TaskArgument.find(session, task);
            if (!session.tracker().uploads().canPause(found)) {
                throw new CliFailure(ExitCodes.FAILED, "\"" + found.submission().displayName() + "\" is "
                        + TaskLines.status(found) + "; only a waiting or uploading video can be paused.");
            }
            session.tracker().uploads().pause(found.localId());
            session.tracker().flush();
            cli.out().println(TaskLines.line(session.tracker().find(found.localId())));
            return ExitCodes.OK;
        }
    }
}
