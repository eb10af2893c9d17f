package io.reeldrop.cli;

import io.reeldrop.session.Session;
import io.reeldrop.tracking.TrackedTask;
import io.reeldrop.tracking.model.SubmissionState;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "resume", mixinStandardHelpOptions = true,
        description = "Continues a paused upload from where it stopped; only what the platform lacks is sent.")
final class ResumeCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Mixin
    TimeoutOption timeout;

    @Parameters(paramLabel = "TASK", description = "Local id, or a unique prefix of it (see 'list').")
    String task;

    @Option(names = "--wait", description = "Wait until it is ready or failed.")
    boolean waitForEnd;

    private final Cli cli;

    ResumeCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        try (Session session = cli.open(global)) {
            TrackedTask found = TaskArgument.find(session, task);
            if (found.state() != SubmissionState.PAUSED) {
                throw new CliFailure(ExitCodes.FAILED, "\"" + found.submission().displayName() + "\" is not paused; it"
                        + " is " + TaskLines.status(found) + ".");
            }
            session.tracker().uploads().resume(found.localId());
            Follow.Outcome end = new Follow(session.tracker(), Set.of(found.localId()), cli.out(),
                    waitForEnd ? TrackedTask::isSettled : SubmitCommand::sentOrSettled).await(timeout.duration());
            session.tracker().flush();
            return TimeoutOption.exitCode(end, cli.err());
        }
    }
}
